package io.reelforge.scraper.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitlesTest {

    private static PageContext page(String url, String siteName) {
        String meta = siteName == null || siteName.isEmpty() ? "" : "<meta property='og:site_name' content='" + siteName + "'>";
        return new PageContext(Jsoup.parse("<html><head>" + meta + "</head></html>", url), URI.create(url));
    }

    @ParameterizedTest(name = "\"{2}\" on {0}")
    @CsvSource(delimiter = ';', value = {
            "https://www.groupon.com/deals/x ; Groupon ; Bathroom Potty Golf Set (7-Piece) | Groupon ; Bathroom Potty Golf Set (7-Piece)",
            "https://www.newegg.com/p/1 ; ; Intel Core i7-7700K Processor-Newegg.com ; Intel Core i7-7700K Processor",
            "https://www.godiva.com/p/1 ; http://www.godiva.com ; Gold Gift Box 36 pc | GODIVA ; Gold Gift Box 36 pc",
            "https://www.hm.com/us/p/1 ; H&M ; Bomber Jacket | Black | H&M US ; Bomber Jacket | Black",
            "https://www.amazon.com/dp/1 ; ; Amazon.com : Camcorder X200 : Electronics ; Camcorder X200 : Electronics",
            "https://www.dhgate.com/p/1 ; DHgate ; Eye Stickers| Dhgate.Com ; Eye Stickers"})
    void cutsASiteNameThatIsClearlyTheSites(String url, String site, String title, String expected) {
        assertThat(Titles.withoutSiteName(title, page(url, site))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{2}\" stays")
    @CsvSource(delimiter = ';', value = {
            "https://www.overstock.com/p/1 ; overstock.com ; Dream Man Arm Pillow | Overstock.com Shopping - The Best Deals on Pillows",
            "https://shop.example/p/1 ; Aurora ; Wi-Fi Kettle - Stainless Steel",
            "https://shop.example/p/1 ; ; Ceramic Dripper | Size 2"})
    void keepsATailThatIsNotClearlyTheSiteName(String url, String site, String title) {
        assertThat(Titles.withoutSiteName(title, page(url, site))).isEqualTo(title);
    }

    @Test
    void aMetaTitleSharingNoWordWithThePageIsTheSitesOwnTitle() {
        PageContext overstock = page("https://www.overstock.com/p/1", "overstock.com");

        assertThat(Titles.isAboutThisPage("Overstock.com: Online Shopping - Bedding, Furniture, Electronics",
                "Shop Certified International Elegance Canape Plates, Set of 6 - Overstock", null, overstock)).isFalse();
        assertThat(Titles.isAboutThisPage("Certified International Elegance Canape Plates",
                "Shop Certified International Elegance Canape Plates, Set of 6 - Overstock", null, overstock)).isTrue();
    }

    @Test
    void theHeadingWinsWhenTheTitleOnlyAddsATail() {
        assertThat(Titles.preferHeading("Dream Man Arm Pillow | Overstock.com Shopping - The Best Deals",
                "Dream Man Arm Pillow")).isEqualTo("Dream Man Arm Pillow");
        assertThat(Titles.preferHeading("Dream Man Arm Pillow Deluxe", "Dream Man Arm Pillow"))
                .isEqualTo("Dream Man Arm Pillow Deluxe");
    }
}
