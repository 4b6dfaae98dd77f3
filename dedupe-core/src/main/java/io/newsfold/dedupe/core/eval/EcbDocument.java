package io.newsfold.dedupe.core.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One line of ecbplus_dev.jsonl, the fields the evaluation uses. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EcbDocument(@JsonProperty("doc_id") String docId, @JsonProperty("topic") int topic,
                          @JsonProperty("event_cluster") String eventCluster, @JsonProperty("text") String text) {
}
