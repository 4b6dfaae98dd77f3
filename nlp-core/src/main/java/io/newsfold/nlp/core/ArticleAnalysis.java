package io.newsfold.nlp.core;

import java.util.List;

public record ArticleAnalysis(List<Entity> entities, List<Claim> claims) {

    public ArticleAnalysis {
        entities = List.copyOf(entities);
        claims = List.copyOf(claims);
    }

    public List<Claim> claims(ClaimKind kind) {
        return claims.stream().filter(c -> c.kind() == kind).toList();
    }
}
