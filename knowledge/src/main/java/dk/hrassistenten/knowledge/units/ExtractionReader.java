package dk.hrassistenten.knowledge.units;

import java.util.Map;

/**
 * What every reader of unit evidence (and the assembly of its drafts) works with: the extraction's shared context and the parts of it each reader
 * uses (cues, name phrases, name checks, leader phrases, the drafts so far), named once here.
 */
abstract class ExtractionReader {
    protected final ExtractionContext ctx;
    protected final UnitCues cues;
    protected final NamePhrases names;
    protected final UnitNameChecks checks;
    protected final LeaderPhrases leaders;
    protected final Map<String, Draft> drafts;

    ExtractionReader(ExtractionContext ctx) {
        this.ctx = ctx;
        this.cues = ctx.cues;
        this.names = ctx.names;
        this.checks = ctx.checks;
        this.leaders = ctx.leaders;
        this.drafts = ctx.drafts;
    }
}
