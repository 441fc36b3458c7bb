package dk.hrassistenten.knowledge.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dk.hrassistenten.knowledge.units.Unit;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The unit directory's content (departments and units) as JSON in the store: a restart takes it back instead of extracting it again. */
final class UnitsCodec {

    /** What a stored unit directory holds. */
    record StoredUnits(Map<String, String> departments, List<Unit> units) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new SimpleModule()
            .addSerializer(LocalDate.class, new JsonSerializer<>() {
                @Override
                public void serialize(LocalDate value, JsonGenerator out, SerializerProvider provider) throws IOException {
                    out.writeString(value.toString());
                }
            })
            .addDeserializer(LocalDate.class, new JsonDeserializer<>() {
                @Override
                public LocalDate deserialize(JsonParser in, DeserializationContext context) throws IOException {
                    return LocalDate.parse(in.getValueAsString());
                }
            }));

    private UnitsCodec() {
    }

    static String write(Map<String, String> departments, List<Unit> units) {
        try {
            return JSON.writeValueAsString(new StoredUnits(departments, units));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the unit directory cannot be written as JSON", e);
        }
    }

    static StoredUnits read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<StoredUnits>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored unit directory is not valid JSON", e);
        }
    }
}
