package io.reelforge.common.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local stand-in for the OpenAI API that speaks its real wire format, so the official client is tested as it
 * is used: {@code POST /v1/chat/completions} (structured output included) and {@code POST /v1/audio/speech}.
 * Every request is recorded for assertions. Unless a test enqueues a reply, chat answers with a JSON document that
 * fits the JSON schema the caller sent in {@code response_format}, and speech answers with a real waveform (a soft
 * vowel-like tone, 24 kHz 16-bit mono) lasting {@link #speechSeconds(String)}, so media tests get audio of a
 * predictable length. Plain JDK, no Spring: {@code try (var openAi = FakeOpenAiServer.start()) { ... }}.
 */
public final class FakeOpenAiServer implements AutoCloseable {

    /** Sample rate of the generated speech, as OpenAI's own {@code wav} and {@code pcm} answers. */
    public static final int SPEECH_SAMPLE_RATE = 24_000;
    /** Seconds of generated speech per word of input. */
    public static final double SECONDS_PER_WORD = 0.4;
    /** The shortest speech answer, for an input of one word or none. */
    public static final double MIN_SPEECH_SECONDS = 0.5;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AUTH_ERROR = """
            {"error":{"message":"Incorrect API key provided.","type":"invalid_request_error",\
            "param":null,"code":"invalid_api_key"}}""";

    /** One request as the server received it, and when. */
    public record RecordedRequest(String method, String path, Map<String, List<String>> headers, String body,
            Instant receivedAt) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    private sealed interface Reply {
    }

    private record ContentReply(String content) implements Reply {
    }

    private record RefusalReply(String refusal) implements Reply {
    }

    private record ErrorReply(int status, String body, Map<String, String> headers) implements Reply {
    }

    private record SlowReply(Duration delay) implements Reply {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final List<RecordedRequest> chatRequests = new CopyOnWriteArrayList<>();
    private final List<RecordedRequest> speechRequests = new CopyOnWriteArrayList<>();
    private final Queue<Reply> chatReplies = new ConcurrentLinkedQueue<>();
    private final Queue<ErrorReply> speechErrors = new ConcurrentLinkedQueue<>();
    private final AtomicLong ids = new AtomicLong();

    private FakeOpenAiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a server on 127.0.0.1 and a free port. */
    public static FakeOpenAiServer start() {
        try {
            return new FakeOpenAiServer();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the fake OpenAI server", e);
        }
    }

    /** The value for the client's base URL (and {@code OPENAI_BASE_URL}): {@code http://127.0.0.1:PORT/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public List<RecordedRequest> chatRequests() {
        return List.copyOf(chatRequests);
    }

    public List<RecordedRequest> speechRequests() {
        return List.copyOf(speechRequests);
    }

    /** The next chat answer carries this {@code message.content} (for structured output: a JSON document). */
    public void enqueueChatContent(String content) {
        chatReplies.add(new ContentReply(content));
    }

    /** The next chat answer is the model declining: {@code content} null, {@code message.refusal} set. */
    public void enqueueChatRefusal(String refusal) {
        chatReplies.add(new RefusalReply(refusal));
    }

    /** The next chat request fails with this status, body and headers (e.g. 429 with {@code Retry-After}). */
    public void enqueueChatError(int status, String body, Map<String, String> headers) {
        chatReplies.add(new ErrorReply(status, body, Map.copyOf(headers)));
    }

    /** The next chat request fails with this status and an OpenAI-shaped error body. */
    public void enqueueChatError(int status) {
        enqueueChatError(status, status == 401 ? AUTH_ERROR : errorBody(status), Map.of());
    }

    /**
     * The next chat answer is the default one, sent only after {@code delay}: longer than the client's timeout, it
     * is a model that does not answer in time.
     */
    public void enqueueSlowChatReply(Duration delay) {
        chatReplies.add(new SlowReply(delay));
    }

    /** The next speech request fails with this status, body and headers. */
    public void enqueueSpeechError(int status, String body, Map<String, String> headers) {
        speechErrors.add(new ErrorReply(status, body, Map.copyOf(headers)));
    }

    /** How long the speech answer for {@code input} lasts: {@value #SECONDS_PER_WORD} s a word, at least 0.5 s. */
    public static double speechSeconds(String input) {
        long words = input == null ? 0 : Arrays.stream(input.trim().split("\\s+"))
                .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit)).count();
        return Math.max(MIN_SPEECH_SECONDS, words * SECONDS_PER_WORD);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), Instant.now());
            if (!"POST".equals(request.method())) {
                sendError(exchange, 405);
                return;
            }
            try {
                request.json();
            } catch (RuntimeException e) {
                sendError(exchange, 400); // the real API answers a body it cannot parse the same way
                return;
            }
            switch (request.path()) {
                case "/v1/chat/completions" -> {
                    chatRequests.add(request);
                    answerChat(exchange, request);
                }
                case "/v1/audio/speech" -> {
                    speechRequests.add(request);
                    answerSpeech(exchange, request);
                }
                default -> sendError(exchange, 404);
            }
        }
    }

    private void answerChat(HttpExchange exchange, RecordedRequest request) throws IOException {
        Reply reply = chatReplies.poll();
        JsonNode body = request.json();
        if (reply instanceof ErrorReply error) {
            send(exchange, error.status(), "application/json", error.body().getBytes(StandardCharsets.UTF_8),
                    error.headers());
            return;
        }
        if (reply instanceof SlowReply slow) {
            try {
                Thread.sleep(slow.delay()); // the server's thread, not a test's: this is the slow model
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return; // closed while waiting
            }
        }
        ObjectNode message = JSON.createObjectNode().put("role", "assistant");
        switch (reply) {
            case ContentReply c -> message.put("content", c.content()).putNull("refusal");
            case RefusalReply r -> message.putNull("content").put("refusal", r.refusal());
            case null, default -> message.put("content", defaultContent(body)).putNull("refusal");
        }
        message.putArray("annotations");
        ObjectNode completion = JSON.createObjectNode()
                .put("id", "chatcmpl-fake-" + ids.incrementAndGet())
                .put("object", "chat.completion")
                .put("created", System.currentTimeMillis() / 1000)
                .put("model", body.path("model").asString("gpt-4o"))
                .put("system_fingerprint", "fp_fake");
        ObjectNode choice = completion.putArray("choices").addObject().put("index", 0);
        choice.set("message", message);
        choice.putNull("logprobs").put("finish_reason", "stop");
        completion.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 10).put("total_tokens", 20);
        send(exchange, 200, "application/json", JSON.writeValueAsBytes(completion), Map.of());
    }

    private static String defaultContent(JsonNode request) {
        JsonNode schema = request.path("response_format").path("json_schema").path("schema");
        if (schema.isMissingNode()) {
            return "This is a reply from the fake OpenAI server.";
        }
        return JSON.writeValueAsString(instanceOf(schema, schema, "value", 0));
    }

    /** A value that fits {@code schema}: strings name their property, integers count array positions. */
    private static JsonNode instanceOf(JsonNode schema, JsonNode root, String name, int position) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (schema.has("$ref")) {
            String[] path = schema.get("$ref").asString().replaceFirst("^#/", "").split("/");
            JsonNode target = root;
            for (String part : path) {
                target = target.path(part);
            }
            return instanceOf(target, root, name, position);
        }
        if (schema.has("const")) {
            return schema.get("const");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        if (schema.has("anyOf")) {
            for (JsonNode option : schema.get("anyOf")) {
                if (!"null".equals(option.path("type").asString(""))) {
                    return instanceOf(option, root, name, position);
                }
            }
            return nodes.nullNode();
        }
        String type = schema.path("type").isArray()
                ? schema.get("type").valueStream().map(JsonNode::asString).filter(t -> !"null".equals(t))
                        .findFirst().orElse("null")
                : schema.path("type").asString("object");
        return switch (type) {
            case "object" -> {
                ObjectNode object = nodes.objectNode();
                schema.path("properties").properties()
                        .forEach(p -> object.set(p.getKey(), instanceOf(p.getValue(), root, p.getKey(), position)));
                yield object;
            }
            case "array" -> {
                ArrayNode array = nodes.arrayNode();
                int size = Math.min(Math.max(3, schema.path("minItems").asInt(0)),
                        schema.path("maxItems").asInt(Integer.MAX_VALUE));
                for (int i = 0; i < size; i++) {
                    array.add(instanceOf(schema.path("items"), root, name, i));
                }
                yield array;
            }
            case "string" -> nodes.stringNode("Fake " + name + " " + (position + 1) + ".");
            case "integer" -> nodes.numberNode(position);
            case "number" -> nodes.numberNode(position + 0.5);
            case "boolean" -> nodes.booleanNode(true);
            default -> nodes.nullNode();
        };
    }

    private void answerSpeech(HttpExchange exchange, RecordedRequest request) throws IOException {
        ErrorReply error = speechErrors.poll();
        if (error != null) {
            send(exchange, error.status(), "application/json", error.body().getBytes(StandardCharsets.UTF_8),
                    error.headers());
            return;
        }
        JsonNode body = request.json();
        byte[] pcm = tone(speechSeconds(body.path("input").asString("")));
        if ("pcm".equals(body.path("response_format").asString(""))) {
            send(exchange, 200, "audio/pcm", pcm, Map.of());
        } else {
            send(exchange, 200, "audio/wav", wav(pcm), Map.of());
        }
    }

    /** 16-bit mono PCM of a vowel-like sound: harmonics of a gliding pitch, shaped like an "ah", in syllables. */
    static byte[] tone(double seconds) {
        int samples = (int) Math.round(seconds * SPEECH_SAMPLE_RATE);
        ByteBuffer out = ByteBuffer.allocate(samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        double[] gains = new double[10];
        for (int h = 1; h <= gains.length; h++) {
            double f = h * 150.0; // formants of an open vowel near 700 Hz and 1200 Hz
            gains[h - 1] = Math.exp(-Math.pow((f - 700) / 250, 2)) + 0.6 * Math.exp(-Math.pow((f - 1200) / 300, 2))
                    + 0.3 / h;
        }
        double phase = 0;
        for (int i = 0; i < samples; i++) {
            double t = (double) i / SPEECH_SAMPLE_RATE;
            double pitch = 150 + 12 * Math.sin(2 * Math.PI * 0.7 * t);
            phase += 2 * Math.PI * pitch / SPEECH_SAMPLE_RATE;
            double voice = 0;
            for (int h = 1; h <= gains.length; h++) {
                voice += gains[h - 1] * Math.sin(h * phase);
            }
            double syllable = 0.55 + 0.45 * Math.sin(Math.PI * ((t / SECONDS_PER_WORD) % 1.0));
            double edge = Math.min(1.0, Math.min(t, seconds - t) / 0.01);
            out.putShort((short) Math.round(Math.max(-1, Math.min(1, 0.15 * voice * syllable * edge)) * 32767));
        }
        return out.array();
    }

    /** A standard 44-byte RIFF/WAVE header in front of 24 kHz 16-bit mono PCM. */
    static byte[] wav(byte[] pcm) {
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + pcm.length)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(SPEECH_SAMPLE_RATE).putInt(SPEECH_SAMPLE_RATE * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(pcm.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(44 + pcm.length);
        out.writeBytes(header.array());
        out.writeBytes(pcm);
        return out.toByteArray();
    }

    private static String errorBody(int status) {
        String type = status == 429 ? "rate_limit_error" : status >= 500 ? "server_error" : "invalid_request_error";
        return "{\"error\":{\"message\":\"The fake OpenAI server answered " + status + ".\",\"type\":\"" + type
                + "\",\"param\":null,\"code\":null}}";
    }

    private static void sendError(HttpExchange exchange, int status) throws IOException {
        send(exchange, status, "application/json", errorBody(status).getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body,
            Map<String, String> headers) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("x-request-id", "req_fake");
        headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
