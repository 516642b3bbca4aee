// A still of a 9:16 video with a brand kit, drawn on a canvas the way the media worker draws its overlays
// (media-worker: render/OverlayLayout, text/TextPainter, brand/BrandLook, brand/Contrast): the opening card (logo,
// brand name, product name on the card box), the price badge and a caption with its highlighted word, at the same
// places, sizes and colours. In the video they come one after another; the still shows them together.

const FRAME = { w: 720, h: 1280 }; // the 9:16 format's frame; the canvas scales it
const UNIT = Math.min(FRAME.w, FRAME.h);
const TEXT_WIDTH = FRAME.w * 0.76;

/** The default look (BrandLook.DEFAULT): translucent black cards, the red badge, a yellow caption highlight. */
const SHADE = 'rgba(0, 0, 0, 0.588)'; // alpha 150 of 255
const BADGE_RED = 'rgba(229, 57, 53, 0.922)'; // alpha 235
const HIGHLIGHT_YELLOW = '#FFD600';
const NEAR_BLACK = '#111111';
const BOX_ALPHA = 235 / 255;

const SAMPLE = {
  brand: 'Northwind', title: 'Aurora Ceramic Pour-Over Set', price: '$39',
  caption: ['Brews', 'a', 'calm,', 'perfect', 'cup'], spoken: 3,
};

/**
 * The colours and font of a kit, as BrandLook.of makes them: the primary colour boxes the cards and the badge (with
 * white or near-black text, whichever reads better), the accent colour picks out the brand name and the spoken word.
 */
function look(kit) {
  const primary = rgb(kit.primaryColor);
  const accent = rgb(kit.accentColor);
  const box = primary ? `rgba(${primary.join(', ')}, ${BOX_ALPHA.toFixed(3)})` : null;
  const text = primary ? readableOn(primary) : '#FFFFFF';
  return {
    cardBox: box ?? SHADE, textOnCard: text,
    badgeBox: box ?? BADGE_RED, textOnBadge: text,
    brandName: accent ? kit.accentColor : '#FFFFFF',
    highlight: accent ? kit.accentColor : HIGHLIGHT_YELLOW,
  };
}

/** Draws the still. `family` is a CSS font-family value (a loaded font's); `logo` a decoded image or null. */
export function drawPreview(canvas, kit, family, logo) {
  const ctx = canvas.getContext('2d');
  const scale = canvas.width / FRAME.w;
  const colours = look(kit);
  ctx.save();
  ctx.scale(scale, scale);
  backdrop(ctx);
  // the opening card: logo, brand name and product name, from the top tenth down
  let next = FRAME.h * 0.105;
  if (kit.logoUrl) {
    const size = fit(logo, UNIT * 0.45, UNIT * 0.14);
    const x = (FRAME.w - size.w) / 2;
    if (logo) ctx.drawImage(logo, x, next, size.w, size.h);
    else logoStandIn(ctx, x, next, size.w, size.h, family);
    next += size.h + UNIT * 0.02;
  }
  const brand = layout(ctx, SAMPLE.brand.toUpperCase(), UNIT * 0.045, family, 1, false);
  let titleY = FRAME.h * 0.17;
  if (kit.logoUrl) titleY = Math.max(titleY, next + brand.height);
  const title = layout(ctx, SAMPLE.title, UNIT * 0.07, family, 3, true);
  paint(ctx, brand, (FRAME.w - brand.width) / 2, titleY - brand.height, colours.brandName, null);
  paint(ctx, title, (FRAME.w - title.width) / 2, titleY, colours.textOnCard, colours.cardBox);
  // the price badge, its right edge at 86 % of the width, a third of the way down
  const badge = layout(ctx, SAMPLE.price, UNIT * 0.08, family, 1, true);
  paint(ctx, badge, FRAME.w * 0.86 - badge.width, FRAME.h * 0.34, colours.textOnBadge, colours.badgeBox);
  // a caption, its bottom at three quarters of the height, the spoken word in the highlight colour
  const caption = layout(ctx, SAMPLE.caption.join(' '), UNIT * 0.058, family, 2, true);
  paint(ctx, caption, (FRAME.w - caption.width) / 2, FRAME.h * 0.76 - caption.height, '#FFFFFF', SHADE,
      { word: SAMPLE.spoken, colour: colours.highlight });
  ctx.restore();
}

/** A stand-in for the product photo behind the overlays: a pour-over set (the sample product) in a studio. */
function backdrop(ctx) {
  const studio = ctx.createLinearGradient(0, 0, 0, FRAME.h);
  studio.addColorStop(0, '#d9dfe5');
  studio.addColorStop(0.62, '#aab4be');
  studio.addColorStop(1, '#56606b');
  ctx.fillStyle = studio;
  ctx.fillRect(0, 0, FRAME.w, FRAME.h);
  const cx = FRAME.w / 2;
  const floor = FRAME.h * 0.82;
  ctx.fillStyle = 'rgba(30, 34, 40, 0.35)'; // the shadow on the table
  ctx.beginPath();
  ctx.ellipse(cx, floor, 230, 34, 0, 0, Math.PI * 2);
  ctx.fill();
  const glaze = ctx.createLinearGradient(cx - 150, 0, cx + 150, 0);
  glaze.addColorStop(0, '#cfc6b8');
  glaze.addColorStop(0.45, '#f6f1e8');
  glaze.addColorStop(1, '#bdb3a4');
  ctx.fillStyle = glaze;
  ctx.strokeStyle = glaze;
  ctx.lineWidth = 34; // the mug's handle
  ctx.beginPath();
  ctx.arc(cx + 150, floor - 170, 70, -Math.PI / 2, Math.PI / 2);
  ctx.stroke();
  ctx.beginPath(); // the mug
  ctx.roundRect(cx - 150, floor - 330, 300, 330, [18, 18, 60, 60]);
  ctx.fill();
  ctx.beginPath(); // the dripper's cone on top of it
  ctx.moveTo(cx - 190, floor - 470);
  ctx.lineTo(cx + 190, floor - 470);
  ctx.lineTo(cx + 70, floor - 335);
  ctx.lineTo(cx - 70, floor - 335);
  ctx.closePath();
  ctx.fill();
}

function logoStandIn(ctx, x, y, w, h, family) {
  ctx.save();
  ctx.setLineDash([10, 8]);
  ctx.lineWidth = 3;
  ctx.strokeStyle = '#FFFFFF';
  ctx.strokeRect(x + 1.5, y + 1.5, w - 3, h - 3);
  ctx.fillStyle = '#FFFFFF';
  ctx.font = `${Math.round(h * 0.35)}px ${family}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText('LOGO', x + w / 2, y + h / 2);
  ctx.restore();
}

/** The logo's size within a box, its aspect kept (LogoPictures.fit); a wide stand-in without a picture. */
function fit(image, maxW, maxH) {
  const iw = image?.naturalWidth || 3;
  const ih = image?.naturalHeight || 1;
  const s = Math.min(maxW / iw, maxH / ih);
  return { w: iw * s, h: ih * s };
}

/** Lines wrapped to the text width, and the picture's size, as TextPainter.paintWords measures them. */
function layout(ctx, text, size, family, maxLines, boxed) {
  ctx.font = `${size}px ${family}`;
  const lines = wrap(ctx, text, maxLines);
  const padding = Math.round(size * (boxed ? 0.45 : 0.15));
  const lineHeight = size * 1.22;
  const widest = Math.max(...lines.map(line => ctx.measureText(line).width));
  const scale = widest > TEXT_WIDTH ? TEXT_WIDTH / widest : 1; // a single word wider than the frame
  return {
    lines, size, family, padding, lineHeight, scale,
    width: Math.ceil(Math.min(widest, TEXT_WIDTH) + 2 * padding) + 2,
    height: Math.ceil(lineHeight * scale * lines.length + 2 * padding) + 2,
  };
}

function wrap(ctx, text, maxLines) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(candidate).width > TEXT_WIDTH) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] += '…';
    return kept;
  }
  return lines;
}

/** Draws laid-out text at (x, y): the rounded box, then each line outlined in dark and filled. */
function paint(ctx, text, x, y, colour, box, highlight = null) {
  ctx.save();
  ctx.translate(x, y);
  if (box) {
    ctx.fillStyle = box;
    ctx.beginPath();
    ctx.roundRect(0, 0, text.width - 1, text.height - 1, text.size * 0.3);
    ctx.fill();
  }
  ctx.font = `${text.size}px ${text.family}`;
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  ctx.lineWidth = Math.max(2, text.size / 9);
  ctx.strokeStyle = 'rgba(0, 0, 0, 0.784)'; // alpha 200
  let wordIndex = 0;
  text.lines.forEach((line, i) => {
    const lineWidth = ctx.measureText(line).width * text.scale;
    const baseline = text.padding + (i * text.lineHeight + text.size * 0.95) * text.scale;
    ctx.save();
    ctx.translate((text.width - lineWidth) / 2, baseline);
    ctx.scale(text.scale, text.scale);
    ctx.strokeText(line, 0, 0);
    // each word filled on its own, so one of them can take the highlight colour
    let at = 0;
    for (const word of line.split(' ')) {
      ctx.fillStyle = highlight && wordIndex === highlight.word ? highlight.colour : colour;
      ctx.fillText(word, at, 0);
      at += ctx.measureText(`${word} `).width;
      wordIndex += 1;
    }
    ctx.restore();
  });
  ctx.restore();
}

/** #RRGGBB as [r, g, b]; null for anything else. */
export function rgb(hex) {
  if (!/^#[0-9A-Fa-f]{6}$/.test(hex ?? '')) return null;
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** White or near-black, whichever has the higher WCAG 2 contrast ratio on the colour (Contrast.readableOn). */
function readableOn(colour) {
  const l = luminance(colour);
  const white = (1.05) / (l + 0.05);
  const dark = (l + 0.05) / (luminance(rgb(NEAR_BLACK)) + 0.05);
  return white >= dark ? '#FFFFFF' : NEAR_BLACK;
}

function luminance([r, g, b]) {
  const linear = c => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
