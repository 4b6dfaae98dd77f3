package io.newsfold.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A generator of English news the way a monitoring feed receives it: stories told by a wire agency, reprinted by
 * other outlets with truncation, copy edits and site chrome, and retold in other words by outlets that wrote their
 * own. Every article names invented people, places and organisations, quotes them and gives numbers and dates, so
 * that the NLP stage does the work it does on real news (about 700 to 1,000 tokens an article). Deterministic for a
 * seed; no real text is involved.
 */
final class NewsCorpus {

    /** One generated article, ready for {@code POST /v1/articles}. */
    record Article(String id, String source, String title, String text, Instant publishedAt, String storyKey) {
    }

    private static final String[] FIRST = {"Anna", "Marek", "Lucia", "Tomas", "Elena", "Pavel", "Ingrid", "Omar",
        "Sofia", "Viktor", "Helena", "Rafael", "Nadia", "Jonas", "Irene", "Karim", "Clara", "Dmitri", "Leila",
        "Henrik", "Maria", "Samuel", "Agnes", "Farid", "Greta", "Luis", "Mira", "Anton", "Rosa", "Yusuf"};
    private static final String[] ONSET = {"b", "br", "d", "dr", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s",
        "st", "t", "v", "z", "sh", "kr"};
    private static final String[] VOWEL = {"a", "e", "i", "o", "u", "ai", "ei", "ou"};
    private static final String[] SURNAME_END = {"ov", "son", "ic", "er", "ani", "escu", "berg", "ida", "ek", "ard"};
    private static final String[] TOWN_END = {"", " Bay", "ford", "ovo", "haven", " Falls", "grad", "mouth", "ia"};
    private static final String[] BODY_KIND = {"Ministry of Transport", "Health Authority", "Weather Service",
        "Harbour Authority", "Interior Ministry", "Relief Agency", "Dock Workers Union", "Electoral Commission",
        "Rescue Service", "Farmers Federation", "Energy Regulator", "Red Cross"};
    private static final String[] ROLE = {"minister", "spokeswoman", "spokesman", "mayor", "director",
        "inspector", "governor", "union leader", "official", "coordinator", "deputy minister", "commander"};
    private static final String[] EVENT = {"floods", "strike", "ferry collision", "power cuts", "wildfire",
        "disputed vote", "bridge collapse", "outbreak", "landslide", "port blockade", "storm", "gas leak"};
    private static final String[] AFFECTED = {"people", "residents", "passengers", "workers", "families",
        "patients", "households", "farmers", "pupils", "travellers"};
    private static final String[] WEEKDAY = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};
    private static final String[] WIRES = {"Reuters", "Associated Press", "AFP"};
    private static final String[] OUTLETS = {"The Harbour Gazette", "Valley Courier", "Daily Ledger",
        "Northern Star", "The Evening Post", "Metro Tribune", "Coastline Times", "The Observer Weekly",
        "Capital Herald", "Regional Dispatch", "City Wire", "The Morning Record"};
    private static final String[] CHROME = {"Share this article", "Advertisement", "Sign up for our newsletter",
        "Read more: Top stories of the day", "Follow us on social media", "Most read", "Subscribe for full access"};
    private static final String[] SAID = {"said", "told reporters", "added", "warned", "insisted", "explained",
        "said on {day}", "told local radio", "wrote in a statement", "told a news conference"};
    private static final String[] THING = {"bridge", "main road", "railway line", "harbour", "power station",
        "water supply", "hospital", "airport", "school", "market", "border crossing", "telephone network"};
    private static final String[] STATE = {"closed", "damaged", "cut off", "evacuated", "flooded", "shut",
        "blocked", "inspected", "reopened", "repaired"};
    private static final String[] ADJ = {"difficult", "long", "uncertain", "costly", "slow", "careful", "urgent",
        "serious", "unprecedented", "painful", "necessary", "limited"};
    private static final String[] WHEN = {"by {day}", "within {k} days", "before the end of the month",
        "over the weekend", "early next week", "later on {day}", "in the coming hours", "by {day} evening"};
    /**
     * Sentence patterns. Unrelated stories must not share passages, as they do not in real news, so no fixed run
     * is longer than about five words before a slot of the story's own (an invented name or a figure) breaks it.
     */
    private static final String[] FACT = {
        "About {n} {affected} in {town} were without power on {day}, the {body} {said}.",
        "The {body} {said} that {n} {affected} had left {town} and that its {thing} was {state}.",
        "At least {k} people were hurt near {town2}, according to the {body2}, and {k2} stayed in hospital.",
        "{person1} {said} the {thing} outside {town} would stay {state} {when}.",
        "Officials in {region} put the damage at {k} million euros, a figure {person2} called {adj}.",
        "In {town}, the {thing} was {state} after the {event}; {person2} said the {thing2} in {town2} was {state2}.",
        "{role1} {person1} {said} that {k} emergency workers from {town2} had arrived in {town} overnight.",
        "Residents of {town} {said} warnings from the {body} came too late for {n} {affected}.",
        "The {body2} {said} it expected {region} to recover {when}, {person2} {said}.",
        "Critics of {person1} in {region} called the response {adj} and {person3} demanded an inquiry.",
        "Local radio in {town2} reported queues at the {thing} as {n} {affected} waited for news from {town}.",
        "A previous {event} in {region}, {k} years ago, led {town} to adopt rules {person3} said were ignored.",
        "Opposition leader {person3} {said} {region} had ignored the {body} for {k} years.",
        "Aid from {town2} and {town3} reached {town} on {day}, the {body2} {said}.",
    };
    private static final String[] QUOTE = {
        "\"We are doing everything we can, but {town} faces a {adj} week,\" {person1} {said}.",
        "\"Nobody should go near the {thing} in {town} {when},\" said {person1}, the {body} {role1}.",
        "\"This is the worst {event} {town} has seen in {k} years,\" said {person3}, a {role3} from {town2}.",
        "\"We will rebuild {town}, and {region} will learn from this,\" {person2} {said}.",
        "\"The {body2} knew about the {thing} in {town} and did nothing,\" {person3} {said}.",
        "\"Our first task is to keep {n} {affected} in {town} safe tonight,\" {person2} said.",
        "{person1} {said}: \"The {thing} in {town} will stay {state} {when}. {region} must be patient.\"",
    };

    private final SplittableRandom random;
    private final Instant start;

    NewsCorpus(long seed, Instant start) {
        this.random = new SplittableRandom(seed);
        this.start = start;
    }

    /**
     * {@code count} articles in stories of one to six articles: the wire original first, then reprints and own
     * retellings, each published a little later. Ids begin with {@code prefix}, so runs never collide.
     */
    List<Article> generate(String prefix, int count) {
        List<Article> out = new ArrayList<>(count);
        int story = 0;
        while (out.size() < count) {
            Story s = new Story(prefix + "-s" + story++);
            Instant at = start.plus(Duration.ofMinutes(story * 7L));
            int size = Math.min(count - out.size(), 1 + random.nextInt(6));
            String original = s.tell();
            String wire = pick(WIRES);
            out.add(new Article(prefix + "-" + out.size(), wire, s.headline(), original, at, s.key));
            for (int i = 1; i < size; i++) {
                boolean retold = random.nextInt(4) == 0;
                out.add(new Article(prefix + "-" + out.size(), pick(OUTLETS),
                        retold ? s.otherHeadline() : s.headline(), retold ? s.tell() : reprint(original, wire),
                        at.plus(Duration.ofMinutes(20L * i + random.nextInt(20))), s.key));
            }
        }
        return out;
    }

    /**
     * The articles moved back in time, all by the same amount, so that the latest was published by {@code end}:
     * stories follow each other every few minutes from the corpus's start, and a large corpus would otherwise run
     * into the future, where ingest refuses articles.
     */
    static List<Article> publishedBy(List<Article> articles, Instant end) {
        Instant latest = articles.stream().map(Article::publishedAt).max(Instant::compareTo).orElse(end);
        if (!latest.isAfter(end)) {
            return articles;
        }
        Duration back = Duration.between(end, latest);
        return articles.stream().map(a -> new Article(a.id(), a.source(), a.title(), a.text(),
                a.publishedAt().minus(back), a.storyKey())).toList();
    }

    /** A reprint as outlets publish wire copy: chrome around it, the tail cut, a word changed here and there. */
    private String reprint(String original, String wire) {
        String[] paragraphs = original.split("\n\n");
        int keep = Math.max(4, paragraphs.length - random.nextInt(paragraphs.length / 2 + 1));
        StringBuilder text = new StringBuilder();
        text.append(pick(CHROME)).append("\n\n");
        for (int p = 0; p < keep; p++) {
            String paragraph = paragraphs[p];
            if (random.nextInt(4) == 0) {
                paragraph = paragraph.replaceFirst(" said ", " " + pick(new String[] {"stated", "added", "noted"})
                        + " ");
            }
            text.append(paragraph).append("\n\n");
            if (p == keep / 2 && random.nextBoolean()) {
                text.append(pick(CHROME)).append("\n\n");
            }
        }
        text.append("(Reporting by ").append(wire).append(" staff)\n\n").append(pick(CHROME));
        return text.toString();
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    /** An invented name from syllables: thousands of them, so each story has its own people and places. */
    private String coined(String[] endings) {
        StringBuilder w = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
            w.append(pick(ONSET)).append(pick(VOWEL));
        }
        w.append(pick(endings));
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** The facts of one event, which every article about it draws on. */
    private final class Story {
        final String key;
        final String[] towns = {coined(TOWN_END), coined(TOWN_END), coined(TOWN_END)};
        final String region = coined(new String[] {"ia", "a", "land", "istan", " Province"});
        final String event = pick(EVENT);
        final String[] bodies = {coined(new String[] {""}) + " " + pick(BODY_KIND),
            coined(new String[] {""}) + " " + pick(BODY_KIND)};
        final String[] people = new String[3];
        final String[] roles = {pick(ROLE), pick(ROLE), pick(ROLE)};
        final String affected = pick(AFFECTED);
        final String day = pick(WEEKDAY);
        // Figures without thousands separators: dedupe's interim story keys would read "12,000" as "12" and a
        // "000" shared by every story (see the README's known limits), and tie unrelated stories together.
        final int count = (1 + random.nextInt(90)) * 1000 + random.nextInt(1000);

        Story(String key) {
            this.key = key;
            for (int i = 0; i < people.length; i++) {
                people[i] = pick(FIRST) + " " + coined(SURNAME_END);
            }
        }

        String headline() {
            return String.format(Locale.ROOT, "%s hits %s as %s urges calm", capital(event), towns[0],
                    people[0].substring(people[0].indexOf(' ') + 1));
        }

        String otherHeadline() {
            return String.format(Locale.ROOT, "Thousands affected in %s after %s", towns[0], event);
        }

        /** One telling of the story: a lead, then facts and quotes in an order and wording of its own. */
        String tell() {
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add(fill("{TOWN}, {region} ({wire}) - The {event} in {town} left about {count} {affected} "
                    + "without basic services on {day}, the {body} said, and officials warned it could take {k} "
                    + "days to restore them."));
            int length = 12 + random.nextInt(9);
            while (paragraphs.size() < length) {
                String first = fill(pick(random.nextInt(3) == 0 ? QUOTE : FACT));
                paragraphs.add(random.nextInt(3) > 0 ? first + " " + fill(pick(FACT)) : first);
            }
            paragraphs.add(fill("Other estimates were higher: {person3} said as many as {count2} {affected} had "
                    + "been affected across {region}."));
            return String.join("\n\n", paragraphs);
        }

        private String fill(String pattern) {
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < pattern.length()) {
                int open = pattern.indexOf('{', i);
                if (open < 0) {
                    out.append(pattern, i, pattern.length());
                    break;
                }
                int close = pattern.indexOf('}', open);
                out.append(pattern, i, open).append(slot(pattern.substring(open + 1, close)));
                i = close + 1;
            }
            return out.toString();
        }

        private String slot(String name) {
            return switch (name) {
                case "town" -> towns[0];
                case "TOWN" -> towns[0].toUpperCase(Locale.ROOT);
                case "town2" -> towns[1];
                case "town3" -> towns[2];
                case "region" -> region;
                case "event" -> event;
                case "body" -> bodies[0];
                case "body2" -> bodies[1];
                case "person1" -> people[0];
                case "person2" -> people[1];
                case "person3" -> people[2];
                case "role1" -> capital(roles[0]);
                case "role3" -> roles[2];
                case "affected" -> affected;
                case "day" -> day;
                case "wire" -> pick(WIRES);
                case "count" -> String.valueOf(count);
                case "count2" -> String.valueOf(count * (2 + random.nextInt(4)));
                case "n" -> String.valueOf((1 + random.nextInt(200)) * 100 + random.nextInt(100));
                case "k", "k2" -> String.valueOf(2 + random.nextInt(60));
                case "thing", "thing2" -> pick(THING);
                case "state", "state2" -> pick(STATE);
                case "adj" -> pick(ADJ);
                case "said" -> fill(pick(SAID));
                case "when" -> fill(pick(WHEN));
                default -> throw new IllegalArgumentException("no slot " + name);
            };
        }
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
