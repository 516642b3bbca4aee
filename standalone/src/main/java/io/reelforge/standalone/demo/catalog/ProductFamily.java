package io.reelforge.standalone.demo.catalog;

import io.reelforge.standalone.demo.art.Backpack;
import io.reelforge.standalone.demo.art.Bottle;
import io.reelforge.standalone.demo.art.DeskLamp;
import io.reelforge.standalone.demo.art.Headphones;
import io.reelforge.standalone.demo.art.Mug;
import io.reelforge.standalone.demo.art.ProductDrawing;
import io.reelforge.standalone.demo.art.Sneaker;
import io.reelforge.standalone.demo.art.Watch;
import java.util.List;

/**
 * The kinds of product the sample catalog sells: each with its drawing, its brand, its price range (USD), the model
 * words of its names, and the copy its pages are written from. A product's description is {@link #description}
 * formatted with its series, model and colour; its features are one alternative from each of four of the five
 * {@link #featureSlots}. Words that scrapers take for logos or icons in image URLs are kept out of the names.
 */
public enum ProductFamily {

    HEADPHONES("AUD", "Headphones", "Halcyon Audio", 59, 349, new Headphones(),
            List.of("Wireless", "ANC", "Studio", "Travel", "Over-Ear", "Noise-Cancelling", "Bluetooth", "Hi-Fi"),
            "The %s %s headphones in %s bring studio sound to every day: plush cushions, a featherlight headband"
                    + " and a battery that outlasts the week.",
            List.of(List.of("Up to 30 hours of battery life", "Up to 40 hours of battery life",
                            "Up to 50 hours of battery life"),
                    List.of("Adaptive noise cancelling", "Hybrid active noise cancelling",
                            "Transparency mode for conversations"),
                    List.of("40 mm dynamic drivers", "Custom 45 mm drivers", "Hi-Res Audio certified drivers"),
                    List.of("Memory-foam ear cushions", "Protein-leather cushions",
                            "Folds flat into the included case"),
                    List.of("Bluetooth 5.3 with multipoint", "USB-C fast charging: 10 minutes for 5 hours",
                            "Built-in microphones for clear calls"))),
    MUG("MUG", "Mug", "Kiln & Co.", 12, 38, new Mug(),
            List.of("Stoneware", "Speckled", "Ceramic", "Glazed", "Diner", "Camp", "Latte", "Handmade"),
            "The %s %s mug in %s is made for slow mornings: a generous belly, a handle that fits three fingers"
                    + " and a glaze that feels good to hold.",
            List.of(List.of("Holds 300 ml", "Holds 350 ml", "Holds 450 ml"),
                    List.of("Hand-glazed stoneware", "Speckled clay body", "Fine porcelain with a satin glaze"),
                    List.of("Dishwasher and microwave safe", "Lead- and cadmium-free glazes",
                            "Unglazed foot protects your table"),
                    List.of("Wide handle fits three fingers", "Thick walls keep coffee warm",
                            "Stacks neatly in the cupboard"),
                    List.of("Made in small batches", "Each piece slightly unique", "Gift box included"))),
    SNEAKERS("SNK", "Sneakers", "Stride Athletics", 59, 189, new Sneaker(),
            List.of("Trail", "Court", "Runner", "Canvas", "Knit", "Retro", "Slip-On", "High-Top"),
            "The %s %s sneakers in %s are built for long days on your feet, with a cushioned footbed, a grippy"
                    + " rubber outsole and an upper that breathes.",
            List.of(List.of("Breathable knit upper", "Durable canvas upper", "Suede and mesh upper"),
                    List.of("Cushioned foam midsole", "Responsive EVA midsole", "Removable cushioned insole"),
                    List.of("Grippy rubber outsole", "Non-marking gum sole", "Lugged outsole for loose trails"),
                    List.of("Sizes 5 to 13", "True to size; wide fit available", "Weighs 280 g per shoe"),
                    List.of("Recycled laces and lining", "Machine washable", "Reinforced toe cap"))),
    BACKPACK("BAG", "Backpack", "Northpass Outfitters", 39, 229, new Backpack(),
            List.of("Commuter", "Rolltop", "15\" Laptop", "Daypack 20L", "Travel 30L", "Hiking", "Canvas", "Mini"),
            "The %s %s backpack in %s carries a full day: a padded back panel, a front pocket for the small"
                    + " things and water-resistant fabric that shrugs off a shower.",
            List.of(List.of("20 L capacity", "26 L capacity", "30 L capacity"),
                    List.of("Padded sleeve fits a 15\" laptop", "Padded sleeve fits a 16\" laptop",
                            "Hidden back pocket for a passport"),
                    List.of("Water-resistant recycled nylon", "Waxed canvas body", "Ripstop fabric with a PU coating"),
                    List.of("Breathable padded back panel", "Chest strap and padded shoulder straps",
                            "Luggage pass-through sleeve"),
                    List.of("Lifetime warranty", "YKK zips throughout", "Side bottle pockets"))),
    DESK_LAMP("LMP", "Desk Lamp", "Lumen Studio", 29, 189, new DeskLamp(),
            List.of("LED", "Architect", "Clamp", "Dimmable", "Swing-Arm", "Studio", "Reading", "Task"),
            "The %s %s desk lamp in %s puts warm, even light exactly where you work, on an arm that holds any"
                    + " angle and a weighted base that stays put.",
            List.of(List.of("Warm 2700 K to daylight 6500 K", "Five colour temperatures", "High CRI 95 light"),
                    List.of("Stepless dimming", "Touch dimmer with memory", "Auto-off timer"),
                    List.of("Arm holds any angle", "Swivel head turns 270 degrees", "Reaches 60 cm over your desk"),
                    List.of("Weighted steel base", "Clamp mount included", "USB-C charging port in the base"),
                    List.of("Flicker-free LED, 10 W", "50,000-hour LED lifespan", "Energy class A"))),
    WATCH("WCH", "Watch", "Meridian Watch Co.", 89, 649, new Watch(),
            List.of("Field", "Dress", "Diver", "Chronograph", "Automatic", "Pilot", "Minimalist", "Quartz"),
            "The %s %s watch in %s keeps it simple: a clean, legible dial, a sapphire-coated crystal and a strap"
                    + " that softens with wear.",
            List.of(List.of("38 mm stainless-steel case", "40 mm stainless-steel case", "42 mm brushed-steel case"),
                    List.of("Sapphire-coated crystal", "Domed mineral crystal", "Anti-reflective sapphire crystal"),
                    List.of("Water-resistant to 50 m", "Water-resistant to 100 m", "Screw-down crown, 200 m"),
                    List.of("Quick-release leather strap", "Italian leather strap", "Woven nylon strap"),
                    List.of("Japanese quartz movement", "Automatic movement, 40-hour reserve",
                            "Luminous hands and markers"))),
    WATER_BOTTLE("BTL", "Water Bottle", "Tidewell", 18, 49, new Bottle(),
            List.of("Insulated", "Stainless", "Sport", "Wide-Mouth", "Everyday", "Trail", "Thermal", "Carry"),
            "The %s %s water bottle in %s keeps drinks cold for 24 hours and hot for 12, with double-wall steel,"
                    + " a leakproof cap and a powder-coat grip.",
            List.of(List.of("Holds 500 ml", "Holds 750 ml", "Holds 1 litre"),
                    List.of("Cold for 24 hours, hot for 12", "Double-wall vacuum insulation", "Sweat-free outside"),
                    List.of("18/8 food-grade stainless steel", "BPA-free lid", "No metallic taste"),
                    List.of("Leakproof loop cap", "Wide mouth fits ice cubes", "Straw lid included"),
                    List.of("Powder-coated grip", "Fits most cup holders", "Dishwasher-safe lid")));

    private final String code;
    private final String noun;
    private final String brand;
    private final int lowestPrice;
    private final int highestPrice;
    private final ProductDrawing drawing;
    private final List<String> models;
    private final String description;
    private final List<List<String>> featureSlots;

    ProductFamily(String code, String noun, String brand, int lowestPrice, int highestPrice, ProductDrawing drawing,
            List<String> models, String description, List<List<String>> featureSlots) {
        this.code = code;
        this.noun = noun;
        this.brand = brand;
        this.lowestPrice = lowestPrice;
        this.highestPrice = highestPrice;
        this.drawing = drawing;
        this.models = models;
        this.description = description;
        this.featureSlots = featureSlots;
    }

    /** The SKU prefix. */
    public String code() {
        return code;
    }

    public String noun() {
        return noun;
    }

    public String brand() {
        return brand;
    }

    public ProductDrawing drawing() {
        return drawing;
    }

    int lowestPrice() {
        return lowestPrice;
    }

    int highestPrice() {
        return highestPrice;
    }

    List<String> models() {
        return models;
    }

    String description() {
        return description;
    }

    List<List<String>> featureSlots() {
        return featureSlots;
    }
}
