package dk.hrassistenten.knowledge.source.web;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * A site's robots.txt as it applies to this crawler (crawler-commons' parser, rules for {@value WebClient#ROBOT_NAME}
 * or else for "*"). A site without one (4xx) allows everything; one whose robots.txt cannot be had (no answer, 5xx)
 * is not crawled at all, as the robots.txt convention asks.
 */
final class RobotsTxt {

    /** A Crawl-delay above this is taken as this: a web source must still finish within its interval. */
    private static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(10);

    private final BaseRobotRules rules;

    private RobotsTxt(BaseRobotRules rules) {
        this.rules = rules;
    }

    /**
     * Fetches and reads the site's robots.txt.
     *
     * @throws IOException when it cannot be had (the site does not answer, or answers with a server error)
     */
    static RobotsTxt fetch(WebClient client, URI site, Duration delay) throws IOException {
        URI robots = WebUrls.root(site).resolve("/robots.txt");
        WebResponse response;
        try {
            response = client.get(robots, Validators.NONE, delay);
        } catch (IOException e) {
            throw new IOException(robots + " cannot be reached: " + Describe.of(e), e);
        }
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        if (response.ok()) {
            return new RobotsTxt(parser.parseContent(robots.toString(), response.body(), response.contentType(), List.of(WebClient.ROBOT_NAME)));
        }
        if (response.status() >= 500 || response.status() == 429) {
            throw new IOException(robots + " answered " + response.status() + "; the site is not crawled until it answers");
        }
        return new RobotsTxt(parser.failedFetch(response.status())); // 4xx (and a redirect left unfollowed): no rules
    }

    boolean allows(URI url) {
        return rules.isAllowed(url.toString());
    }

    /** The pause the site asks for between requests, when it asks for one (capped). */
    Duration crawlDelay() {
        long millis = rules.getCrawlDelay();
        return millis <= 0 ? Duration.ZERO : Duration.ofMillis(Math.min(millis, MAX_CRAWL_DELAY.toMillis()));
    }

    /** The sitemaps robots.txt names. */
    List<String> sitemaps() {
        return rules.getSitemaps();
    }
}
