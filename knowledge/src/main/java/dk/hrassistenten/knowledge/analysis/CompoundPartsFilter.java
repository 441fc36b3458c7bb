package dk.hrassistenten.knowledge.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;

/** Keeps each compound token and stacks its parts and their parts ({@link Decompounder}) at its position. */
final class CompoundPartsFilter extends StackingFilter {

    private final Decompounder decompounder;

    CompoundPartsFilter(TokenStream input, Decompounder decompounder) {
        super(input);
        this.decompounder = decompounder;
    }

    @Override
    List<String> terms(String token) {
        List<String> parts = decompounder.allParts(token);
        if (parts.isEmpty()) {
            return List.of(token);
        }
        List<String> terms = new ArrayList<>(parts.size() + 1);
        terms.add(token);
        terms.addAll(parts);
        return terms;
    }
}
