package io.groupbuy.app;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one configured {@link ObjectMapper} of our own wire formats (PandaPon, sandbox, web routes).
 * The SDKs keep their own mappers. Lenient on input (unknown fields, numbers sent as strings),
 * bounded on input size and nesting (hostile JSON), strict and compact on output.
 */
public final class Json {
    private static final ObjectMapper SHARED = newMapper();

    private Json() {
    }

    /** The shared instance; ObjectMapper is thread-safe once configured. */
    public static ObjectMapper mapper() {
        return SHARED;
    }

    public static ObjectMapper newMapper() {
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64)
                .maxStringLength(8 * 1024 * 1024)
                .maxNumberLength(64)
                .build());
        return mapper;
    }
}
