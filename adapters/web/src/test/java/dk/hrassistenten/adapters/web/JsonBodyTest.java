package dk.hrassistenten.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonBodyTest {

    @Test
    void onlyJsonInUtf8IsJson() {
        for (String yes : new String[] {"application/json", "Application/JSON", "application/json; charset=utf-8", "application/json;charset=\"UTF-8\""}) {
            assertThat(JsonBody.isJson(yes)).as(yes).isTrue();
        }
        for (String no : new String[] {null, "", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/json; charset=iso-8859-1", "application/jsonp", "text/json"}) {
            assertThat(JsonBody.isJson(no)).as(String.valueOf(no)).isFalse();
        }
    }

    @Test
    void oneStrictObjectIsRead() throws Exception {
        assertThat(JsonBody.parse("  {\"text\": \"hej\"}\n").get("text").asText()).isEqualTo("hej");
        assertThat(JsonBody.parse("")).isNull();
        assertThatThrownBy(() -> JsonBody.parse("{\"text\": \"a\", \"text\": \"b\"}")).hasMessageContaining("\"text\" appears twice");
        assertThatThrownBy(() -> JsonBody.parse("{\"a\": {\"x\": 1, \"x\": 2}}")).hasMessageContaining("\"x\" appears twice");
        assertThatThrownBy(() -> JsonBody.parse("{\"text\": \"a\"} {}")).hasMessageContaining("more after the JSON object");
        assertThatThrownBy(() -> JsonBody.parse("{\"text\": \"a\"}x")).hasMessageContaining("more after the JSON object");
        assertThatThrownBy(() -> JsonBody.parse("{text: 1}")).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> JsonBody.decode(new byte[] {'"', (byte) 0xFF, '"'})).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> JsonBody.decode(new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'})).as("a lone surrogate")
                .hasMessageContaining("UTF-8");
    }
}
