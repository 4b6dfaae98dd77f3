package io.newsfold.nlp.core;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Folds the mentions of one article into canonical entities. Keys are built from the fullest form seen in the
 * article, so "Shoigu" and "Defence Minister Sergei Shoigu" both become {@code person:sergei-shoigu}, "ICRC"
 * becomes the spelled-out organisation when the article spells it out, and a small alias table folds the usual
 * country abbreviations. Stateless and thread-safe.
 */
public final class EntityCanonicalizer {

    // Words that introduce a person without being part of the name; stripped from the left only.
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
            "president", "vice", "prime", "minister", "deputy", "foreign", "defence", "defense", "interior",
            "secretary", "state", "general", "gen", "lt", "col", "colonel", "maj", "major", "adm", "admiral",
            "sen", "senator", "rep", "representative", "gov", "governor", "mayor", "judge", "justice",
            "chancellor", "king", "queen", "prince", "princess", "pope", "ambassador", "envoy", "special",
            "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chief", "executive",
            "director", "commander", "former", "candidate", "nominee", "speaker", "leader", "rev", "father",
            "u.s.", "un", "u.n.", "the");

    private static final Set<String> ACRONYM_SKIP = Set.of("of", "the", "for", "and", "on", "in", "de", "du", "&");

    private static final Map<String, String> PLACE_ALIASES = new AliasTable()
            .add("united-states", "us", "u-s", "usa", "u-s-a", "united-states-of-america", "america")
            .add("united-kingdom", "uk", "u-k", "britain", "great-britain")
            .add("russia", "russian-federation")
            .add("united-arab-emirates", "uae", "u-a-e")
            .add("european-union", "eu", "e-u")
            .map();

    private static final Map<String, String> ORG_ALIASES = new AliasTable()
            .add("united-nations", "un", "u-n")
            .add("european-union", "eu", "e-u")
            .add("north-atlantic-treaty-organization", "nato")
            .add("federal-bureau-of-investigation", "fbi", "f-b-i")
            .add("central-intelligence-agency", "cia", "c-i-a")
            .map();

    /** Entities in mention order, one per mention, with canonical keys. */
    public List<Entity> canonicalize(List<EntityMention> mentions) {
        List<String> names = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            names.add(m.type() == EntityType.PERSON ? personName(m.text()) : stripArticle(m.text()));
        }
        String[] keys = new String[mentions.size()];
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            keys[i] = switch (m.type()) {
                case PERSON -> personKey(i, mentions, names);
                case ORGANIZATION -> orgKey(names.get(i), mentions, names);
                case LOCATION -> placeKey(names.get(i));
                case MISC -> slug(names.get(i));
            };
        }
        List<Entity> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            String key = keys[i].isEmpty() ? slug(m.text()) : keys[i];
            out.add(new Entity(m.text(), m.type(), m.type().keyPrefix() + ":" + key, m.start(), m.end()));
        }
        return out;
    }

    /** Canonical key for a single name out of article context (used for speakers that NER missed). */
    public String keyFor(String text, EntityType type) {
        String name = type == EntityType.PERSON ? personName(text) : stripArticle(text);
        String key = switch (type) {
            case LOCATION -> placeKey(name);
            case ORGANIZATION -> ORG_ALIASES.getOrDefault(slug(name), slug(name));
            default -> slug(name);
        };
        return type.keyPrefix() + ":" + key;
    }

    private static String personKey(int i, List<EntityMention> mentions, List<String> names) {
        String[] words = names.get(i).split("\\s+");
        if (words.length > 1) {
            return slug(names.get(i));
        }
        // A one-word mention joins the fullest name containing it, preferring the nearest one before it: in
        // "Bill Clinton ... Hillary Clinton ... Clinton said" the last named Clinton is meant.
        String best = null;
        int bestScore = Integer.MIN_VALUE;
        for (int j = 0; j < mentions.size(); j++) {
            if (j == i || mentions.get(j).type() != EntityType.PERSON) {
                continue;
            }
            String[] other = names.get(j).split("\\s+");
            if (other.length < 2 || !containsWord(other, words[0])) {
                continue;
            }
            int distance = mentions.get(i).start() - mentions.get(j).start();
            int score = (distance > 0 ? 1_000_000 - distance : -1_000_000 + distance) + other.length;
            if (score > bestScore) {
                bestScore = score;
                best = names.get(j);
            }
        }
        return slug(best == null ? names.get(i) : best);
    }

    private static boolean containsWord(String[] words, String word) {
        return Arrays.stream(words).anyMatch(w -> w.equalsIgnoreCase(word));
    }

    private static String orgKey(String name, List<EntityMention> mentions, List<String> names) {
        String slug = slug(name);
        String compact = name.replace(".", "");
        if (compact.length() >= 2 && compact.length() <= 7 && compact.chars().allMatch(Character::isUpperCase)) {
            for (int j = 0; j < mentions.size(); j++) {
                if (mentions.get(j).type() == EntityType.ORGANIZATION && compact.equals(initials(names.get(j)))) {
                    return slug(names.get(j));
                }
            }
        }
        return ORG_ALIASES.getOrDefault(slug, slug);
    }

    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        String[] words = name.split("[\\s-]+");
        if (words.length < 2) {
            return "";
        }
        for (String w : words) {
            if (w.isEmpty() || ACRONYM_SKIP.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            sb.append(Character.toUpperCase(w.charAt(0)));
        }
        return sb.toString();
    }

    private static String placeKey(String name) {
        String slug = slug(name);
        return PLACE_ALIASES.getOrDefault(slug, slug);
    }

    static String personName(String text) {
        String name = stripPossessive(text.trim());
        String[] words = name.split("\\s+");
        int first = 0;
        while (first < words.length - 1 && TITLES.contains(titleWord(words[first]))) {
            first++;
        }
        return String.join(" ", Arrays.copyOfRange(words, first, words.length));
    }

    private static String titleWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith(".") && !w.equals("u.s.") && !w.equals("u.n.") ? w.substring(0, w.length() - 1) : w;
    }

    private static String stripArticle(String text) {
        String name = stripPossessive(text.trim());
        return name.regionMatches(true, 0, "the ", 0, 4) ? name.substring(4) : name;
    }

    private static String stripPossessive(String text) {
        if (text.endsWith("'s") || text.endsWith("’s")) {
            return text.substring(0, text.length() - 2);
        }
        return text;
    }

    /** Lower-case ASCII words joined by hyphens: "Élysée Palace" is {@code elysee-palace}. */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }

    private static final class AliasTable {
        private final Map<String, String> map = new LinkedHashMap<>();

        AliasTable add(String canonical, String... aliases) {
            map.put(canonical, canonical);
            for (String a : aliases) {
                map.put(a, canonical);
            }
            return this;
        }

        Map<String, String> map() {
            return Map.copyOf(map);
        }
    }
}
