package io.newsfold.gateway.projection;

import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_CAUSE;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_CAUSE_CLASS_NAME;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_EXCEPTION_CLASS_NAME;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_OFFSET;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_PARTITION;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_REASON;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_TOPIC;

import io.newsfold.contracts.PoisonRecordException;
import io.newsfold.contracts.Topic;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Sends one record of a batch to its topic's dead-letter topic, with the same headers SmallRye's dead-letter
 * strategy writes, so {@code newsfold dlq} lists and replays it like any other. The projection consumes in
 * batches, and SmallRye would dead-letter a failed batch whole; this lets the good records of a batch through.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final KafkaProducer<String, String> producer;

    @Inject
    DeadLetters(@Identifier("default-kafka-broker") Map<String, Object> kafka) {
        // The same broker settings (address, security) as the service's channels.
        Map<String, Object> config = new HashMap<>(kafka);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "api-gateway-dead-letters");
        config.keySet().retainAll(ProducerConfig.configNames());
        this.producer = new KafkaProducer<>(config);
    }

    /**
     * Sends the record and waits until the broker has it: its offset may be committed once this returns. Throws
     * when the broker does not take it, so the batch is retried rather than the record lost.
     */
    public void send(Topic topic, ConsumerRecord<String, String> record, Throwable failure) {
        ProducerRecord<String, String> letter = new ProducerRecord<>(topic.deadLetter(), null, record.key(),
                record.value());
        for (Header h : record.headers()) {
            if (!h.key().startsWith("dead-letter-")) {
                letter.headers().add(h);
            }
        }
        header(letter, DEAD_LETTER_EXCEPTION_CLASS_NAME, failure.getClass().getName());
        header(letter, DEAD_LETTER_REASON, failure.getMessage());
        if (failure.getCause() != null) {
            header(letter, DEAD_LETTER_CAUSE_CLASS_NAME, failure.getCause().getClass().getName());
            header(letter, DEAD_LETTER_CAUSE, failure.getCause().getMessage());
        }
        header(letter, DEAD_LETTER_TOPIC, record.topic());
        header(letter, DEAD_LETTER_PARTITION, String.valueOf(record.partition()));
        header(letter, DEAD_LETTER_OFFSET, String.valueOf(record.offset()));
        try {
            producer.send(letter).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot dead-letter a record of " + record.topic(), e);
        }
        LOG.warnf("dead-lettered %s-%d@%d to %s: %s", record.topic(), record.partition(), record.offset(),
                topic.deadLetter(), failure instanceof PoisonRecordException ? failure.getMessage()
                        : failure + (failure.getCause() == null ? "" : " (" + failure.getCause() + ")"));
    }

    private static void header(ProducerRecord<String, String> letter, String name, String value) {
        if (value != null) {
            letter.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    @PreDestroy
    void close() {
        producer.close();
    }
}
