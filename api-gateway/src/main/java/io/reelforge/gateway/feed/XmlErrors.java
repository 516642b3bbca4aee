package io.reelforge.gateway.feed;

import java.io.CharConversionException;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/**
 * Says what a StAX parser's exception means for the feed: the byte limit reached inside the parser, a broken
 * stream (an upload cut off: not the feed's fault), or XML that is not well-formed, told with its line and column
 * and without the parser's own framing ({@code ParseError at [row,col]:[3,17] Message: ...}).
 */
final class XmlErrors {

    /** A namespace error the JDK reports by its key rather than in words. */
    private static final Pattern NAMESPACE_ERROR_KEY = Pattern.compile("https?://www\\.w3\\.org/\\S*#(\\w+)\\?(\\S*)");

    private XmlErrors() {
    }

    /**
     * The exception to throw instead of {@code e}.
     *
     * @throws IOException when the stream under the parser failed
     */
    static RuntimeException explained(XMLStreamException e) throws IOException {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof FeedTooLargeException tooLarge) {
                return tooLarge;
            }
            if (cause instanceof IOException io && !(cause instanceof CharConversionException)) {
                throw io; // bytes that are not valid text are the feed's fault (below), a broken stream is not
            }
        }
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: ");
        String reason = readable((at >= 0 ? message.substring(at + "Message: ".length()) : message).strip());
        Location location = e.getLocation();
        String where = location == null || location.getLineNumber() < 0 ? ""
                : " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
        return new InvalidFeedException("The feed is not well-formed XML" + where + ": " + reason);
    }

    /**
     * The JDK reports some namespace errors by their key instead of a sentence
     * ({@code http://www.w3.org/TR/1999/REC-xml-names-19990114#ElementPrefixUnbound?g&g:id}): the common one, a
     * prefix without its declaration ({@code g:} most of all), is put in words.
     */
    private static String readable(String reason) {
        Matcher key = NAMESPACE_ERROR_KEY.matcher(reason);
        if (!key.matches()) {
            return reason;
        }
        String[] args = key.group(2).split("&");
        if (key.group(1).endsWith("PrefixUnbound") && args.length == 2) {
            String declaration = args[0].equals("g") ? " (xmlns:g=\"" + MerchantFeedReader.GOOGLE_NS + "\")" : "";
            return "the prefix \"" + args[0] + "\" of " + args[1] + " is not declared" + declaration;
        }
        return "a namespace error (" + key.group(1) + ")";
    }
}
