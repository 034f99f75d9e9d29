package dev.toolwright.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpTransportContextExtractor;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Captures what the gateway would forward but the MCP SDK does not hand to tool handlers: the
 * JSON-RPC id of a {@code tools/call} (read from the buffered POST body, which is then replayed to
 * the transport) and the request headers and query parameters to propagate. Both reach the tool
 * handler through the transport context.
 */
final class RequestCapture implements Filter, McpTransportContextExtractor<HttpServletRequest> {

  static final String MESSAGE_ID = "toolwright.mcpMessageId";
  static final String HEADER_PREFIX = "toolwright.header.";
  static final String QUERY_PREFIX = "toolwright.query.";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final List<String> headers;
  private final List<String> queryParameters;
  private final int maxBody;

  RequestCapture(List<String> headers, List<String> queryParameters, int maxBody) {
    this.headers = List.copyOf(headers);
    this.queryParameters = List.copyOf(queryParameters);
    this.maxBody = maxBody;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest
        && "POST".equals(((HttpServletRequest) request).getMethod())
        && request.getContentLengthLong() <= maxBody) {
      byte[] body = request.getInputStream().readNBytes(maxBody + 1);
      if (body.length <= maxBody) {
        try {
          JsonNode message = MAPPER.readTree(body);
          if (message != null
              && "tools/call".equals(message.path("method").asText())
              && message.path("id").isValueNode()) {
            request.setAttribute(MESSAGE_ID, message.get("id").asText());
          }
        } catch (IOException e) {
          // not JSON: the transport answers that itself
        }
      }
      request = new ReplayedRequest((HttpServletRequest) request, body);
    }
    chain.doFilter(request, response);
  }

  @Override
  public McpTransportContext extract(HttpServletRequest request) {
    Map<String, Object> values = new HashMap<>();
    Object id = request.getAttribute(MESSAGE_ID);
    if (id != null) {
      values.put(MESSAGE_ID, id);
    }
    for (String header : headers) {
      String value = request.getHeader(header);
      if (value != null) {
        values.put(HEADER_PREFIX + header, value);
      }
    }
    for (String parameter : queryParameters) {
      String value = request.getParameter(parameter);
      if (value != null) {
        values.put(QUERY_PREFIX + parameter, value);
      }
    }
    return McpTransportContext.create(values);
  }

  /** A request whose body has been read once and is served again from memory. */
  private static final class ReplayedRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    ReplayedRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          try {
            listener.onDataAvailable();
            listener.onAllDataRead();
          } catch (IOException e) {
            listener.onError(e);
          }
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
    }
  }
}
