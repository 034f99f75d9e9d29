package dev.toolwright.it.deploy;

import static dev.toolwright.it.deploy.DeployFiles.GATEWAY_ROLE;
import static dev.toolwright.it.deploy.DeployFiles.GATEWAY_TARGET;
import static dev.toolwright.it.deploy.DeployFiles.list;
import static dev.toolwright.it.deploy.DeployFiles.map;
import static dev.toolwright.it.deploy.DeployFiles.properties;
import static dev.toolwright.it.deploy.DeployFiles.resource;
import static dev.toolwright.it.deploy.DeployFiles.resources;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.toolwright.gateway.GatewayNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The gateway the template creates with {@code CreateGateway=true}, as the AgentCore quickstart
 * sets it up: a Cognito user pool with a prefix domain (the token endpoint), a resource server with
 * one scope, an app client for the client-credentials flow, and an MCP gateway with semantic search
 * whose CUSTOM_JWT authorizer accepts that client's tokens. Values and patterns are the ones of the
 * CloudFormation Template Reference and the AgentCore API reference
 * (CustomJWTAuthorizerConfiguration). The client secret must never leave Cognito through the
 * template.
 */
class GatewayAuthorizerTest {

  static final String USER_POOL = "GatewayUserPool";
  static final String DOMAIN = "GatewayUserPoolDomain";
  static final String RESOURCE_SERVER = "GatewayResourceServer";
  static final String CLIENT = "GatewayClient";
  static final String GATEWAY = "Gateway";
  static final String CREATES = "CreatesGateway";

  /** A stack id as CloudFormation forms it: the last path segment is a lowercase UUID. */
  private static final String STACK_ID =
      "arn:aws:cloudformation:us-east-1:123456789012:stack/toolwright-examples/51af3dc0-da77-11e4-872e-1234567db123";

  private static final Map<String, String> PSEUDO =
      Map.of(
          "AWS::StackId",
          STACK_ID,
          "AWS::Region",
          "us-east-1",
          "AWS::StackName",
          "toolwright-examples",
          "AWS::AccountId",
          "123456789012");

  private final Map<String, Object> template = DeployFiles.template();

  @Test
  void createGatewayIsAnOptInBooleanParameter() {
    Map<String, Object> parameter =
        map(map(template.get("Parameters"), "Parameters").get("CreateGateway"), "CreateGateway");
    assertEquals("String", parameter.get("Type"));
    assertEquals(
        "false", parameter.get("Default"), "default: attach to an existing gateway, or to none");
    assertEquals(List.of("true", "false"), parameter.get("AllowedValues"));
    assertEquals(
        Map.of("Fn::Equals", List.of(Map.of("Ref", "CreateGateway"), "true")),
        map(template.get("Conditions"), "Conditions").get(CREATES));
  }

  @Test
  void theAuthorizerAndTheGatewayExistOnlyWhenAGatewayIsCreated() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put(USER_POOL, "AWS::Cognito::UserPool");
    expected.put(DOMAIN, "AWS::Cognito::UserPoolDomain");
    expected.put(RESOURCE_SERVER, "AWS::Cognito::UserPoolResourceServer");
    expected.put(CLIENT, "AWS::Cognito::UserPoolClient");
    expected.put(GATEWAY, "AWS::BedrockAgentCore::Gateway");
    expected.forEach(
        (id, type) -> {
          Map<String, Object> r = resource(template, id);
          assertEquals(type, r.get("Type"), id);
          assertEquals(
              CREATES, r.get("Condition"), id + " must exist only with CreateGateway=true");
        });
    assertEquals("HasGateway", resource(template, GATEWAY_TARGET).get("Condition"));
    // The function, its log group and the gateway role exist in every case.
    resources(template)
        .forEach(
            (id, r) -> {
              if (!expected.containsKey(id) && !id.equals(GATEWAY_TARGET)) {
                assertFalse(map(r, id).containsKey("Condition"), id + " is unconditional");
              }
            });
  }

  @Test
  void gatewayIsAnMcpGatewayWithSemanticSearchAndTheCognitoJwtAuthorizer() {
    Map<String, Object> p = properties(template, GATEWAY);
    assertEquals("MCP", p.get("ProtocolType"));
    Map<String, Object> mcp =
        map(map(p.get("ProtocolConfiguration"), "ProtocolConfiguration").get("Mcp"), "Mcp");
    assertEquals(
        Map.of("SearchType", "SEMANTIC"), mcp, "the quickstart's enable_semantic_search=True");
    assertEquals("CUSTOM_JWT", p.get("AuthorizerType"));
    Map<String, Object> authorizer =
        map(p.get("AuthorizerConfiguration"), "AuthorizerConfiguration");
    assertEquals(Set.of("CustomJWTAuthorizer"), authorizer.keySet());
    Map<String, Object> jwt = map(authorizer.get("CustomJWTAuthorizer"), "CustomJWTAuthorizer");
    assertTrue(
        Set.of("AllowedAudience", "AllowedClients", "DiscoveryUrl").containsAll(jwt.keySet()),
        jwt.toString());
    assertEquals(
        Map.of(
            "Fn::Sub",
            "https://cognito-idp.${AWS::Region}.amazonaws.com/${"
                + USER_POOL
                + "}/.well-known/openid-configuration"),
        jwt.get("DiscoveryUrl"));
    String discovery = evaluate(jwt.get("DiscoveryUrl"), Map.of(USER_POOL, "us-east-1_AbCdEf123"));
    assertEquals(
        "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEf123/.well-known/openid-configuration",
        discovery);
    assertTrue(
        discovery.matches("^.+/\\.well-known/openid-configuration$"),
        "the API's DiscoveryUrl pattern");
    // Cognito's client-credentials access tokens carry client_id and no aud: check the client.
    assertEquals(List.of(Map.of("Ref", CLIENT)), jwt.get("AllowedClients"));
    assertFalse(jwt.containsKey("AllowedAudience"), "Cognito access tokens have no aud claim");
    assertFalse(
        p.containsKey("ExceptionLevel"), "DEBUG would send internal error details to every agent");
  }

  @Test
  void gatewayUsesTheLeastPrivilegeGatewayRoleAndIsNamedByTheGatewayNameParameter() {
    Map<String, Object> p = properties(template, GATEWAY);
    assertEquals(
        Map.of("Fn::GetAtt", List.of(GATEWAY_ROLE, "Arn")),
        p.get("RoleArn"),
        "the role that may only invoke this function");
    long roles =
        resources(template).values().stream()
            .filter(r -> String.valueOf(map(r, "resource").get("Type")).startsWith("AWS::IAM::"))
            .count();
    assertEquals(1, roles, "no further IAM resources for the created gateway");
    assertEquals(Map.of("Ref", "GatewayName"), p.get("Name"));
    // the API model: letters, digits and single hyphens, at most 48 characters (CloudFormation's
    // docs say 100)
    Map<String, Object> name =
        map(map(template.get("Parameters"), "Parameters").get("GatewayName"), "GatewayName");
    assertEquals("String", name.get("Type"));
    assertEquals(GatewayNames.MAX_GATEWAY_NAME, name.get("MaxLength"));
    Pattern pattern = Pattern.compile((String) name.get("AllowedPattern"));
    String fallback = (String) name.get("Default");
    assertTrue(
        pattern.matcher(fallback).matches() && fallback.length() <= GatewayNames.MAX_GATEWAY_NAME,
        fallback);
    assertTrue(pattern.matcher("a".repeat(GatewayNames.MAX_GATEWAY_NAME)).matches());
    for (String bad :
        new String[] {"my_gateway", "double--hyphen", "-leading", "", "gateway.one"}) {
      assertFalse(pattern.matcher(bad).matches(), bad);
    }
    String description = (String) p.get("Description");
    assertTrue(description.length() >= 1 && description.length() <= 200, description);
  }

  @Test
  void appClientUsesOnlyTheClientCredentialsFlowWithASecretAndTheResourceServersScope() {
    Map<String, Object> p = properties(template, CLIENT);
    assertEquals(Map.of("Ref", USER_POOL), p.get("UserPoolId"));
    assertEquals(true, p.get("GenerateSecret"), "client credentials need a client secret");
    assertEquals(List.of("client_credentials"), p.get("AllowedOAuthFlows"));
    assertEquals(
        true,
        p.get("AllowedOAuthFlowsUserPoolClient"),
        "without it Cognito ignores the OAuth settings");
    assertEquals(
        List.of(Map.of("Fn::Sub", "${" + RESOURCE_SERVER + "}/invoke")),
        p.get("AllowedOAuthScopes"),
        "Ref of a resource server is its identifier; scopes are <identifier>/<scope name>");
    for (String absent :
        List.of("CallbackURLs", "LogoutURLs", "DefaultRedirectURI", "SupportedIdentityProviders")) {
      assertFalse(
          p.containsKey(absent),
          absent + " belongs to user sign-in flows, not to client credentials");
    }
    assertEquals(
        List.of("ALLOW_REFRESH_TOKEN_AUTH"),
        p.get("ExplicitAuthFlows"),
        "no password or SRP sign-in");
    assertEquals(60, p.get("AccessTokenValidity"));
    assertEquals(
        Map.of("AccessToken", "minutes"), p.get("TokenValidityUnits"), "tokens last one hour");

    Map<String, Object> server = properties(template, RESOURCE_SERVER);
    assertEquals(Map.of("Ref", USER_POOL), server.get("UserPoolId"));
    assertTrue(((String) server.get("Identifier")).matches("[\\x21\\x23-\\x5B\\x5D-\\x7E]{1,256}"));
    assertTrue(((String) server.get("Name")).matches("[\\w\\s+=,.@-]{1,256}"));
    List<Object> scopes = list(server.get("Scopes"), "Scopes");
    assertEquals(1, scopes.size());
    Map<String, Object> scope = map(scopes.get(0), "scope");
    assertEquals(Set.of("ScopeName", "ScopeDescription"), scope.keySet(), "both are required");
    assertEquals("invoke", scope.get("ScopeName"));
    assertTrue(
        ((String) scope.get("ScopeName"))
            .matches("[\\x21\\x23-\\x2E\\x30-\\x5B\\x5D-\\x7E]{1,256}"));
    String description = (String) scope.get("ScopeDescription");
    assertTrue(description.length() >= 1 && description.length() <= 256);
    assertEquals(
        "toolwright-gateway/invoke",
        evaluate(
            list(p.get("AllowedOAuthScopes"), "scopes").get(0),
            Map.of(RESOURCE_SERVER, server.get("Identifier"))));
  }

  @Test
  void userPoolAdmitsNoSelfSignUp() {
    Map<String, Object> p = properties(template, USER_POOL);
    assertEquals(Map.of("AllowAdminCreateUserOnly", true), p.get("AdminCreateUserConfig"));
    assertFalse(
        "ACTIVE".equals(p.get("DeletionProtection")), "sam delete must be able to remove the pool");
  }

  @Test
  void domainPrefixIsUniquePerStackAndValidForCognito() {
    Map<String, Object> p = properties(template, DOMAIN);
    assertEquals(Map.of("Ref", USER_POOL), p.get("UserPoolId"));
    String domain = evaluate(p.get("Domain"), Map.of());
    assertEquals(
        "toolwright-51af3dc0-da77-11e4-872e-1234567db123", domain, "derived from the stack's UUID");
    assertTrue(
        domain.matches("^[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?$"),
        "Cognito's pattern for Domain: " + domain);
    for (String reserved : List.of("aws", "amazon", "cognito")) {
      assertFalse(
          domain.contains(reserved), "Cognito rejects prefix domains containing " + reserved);
    }
    String prefix = (String) list(map(p.get("Domain"), "Domain").get("Fn::Sub"), "Fn::Sub").get(0);
    assertFalse(prefix.matches(".*(aws|amazon|cognito).*"), prefix);
  }

  @Test
  void outputsNameWhatAnAgentNeedsToConnect() {
    Map<String, Object> outputs = map(template.get("Outputs"), "Outputs");
    for (String name :
        List.of("GatewayUrl", "GatewayId", "TokenEndpoint", "ClientId", "Scope", "UserPoolId")) {
      assertEquals(CREATES, map(outputs.get(name), name).get("Condition"), name);
    }
    assertEquals(
        Map.of("Fn::GetAtt", List.of(GATEWAY, "GatewayUrl")), value(outputs, "GatewayUrl"));
    assertEquals(
        Map.of("Fn::GetAtt", List.of(GATEWAY, "GatewayIdentifier")), value(outputs, "GatewayId"));
    assertEquals(Map.of("Ref", CLIENT), value(outputs, "ClientId"));
    assertEquals(Map.of("Ref", USER_POOL), value(outputs, "UserPoolId"));
    assertEquals(
        list(properties(template, CLIENT).get("AllowedOAuthScopes"), "scopes").get(0),
        value(outputs, "Scope"),
        "the scope the client may request");
    String domain = evaluate(properties(template, DOMAIN).get("Domain"), Map.of());
    assertEquals(
        "https://" + domain + ".auth.us-east-1.amazoncognito.com/oauth2/token",
        evaluate(value(outputs, "TokenEndpoint"), Map.of()),
        "the token endpoint of the domain the template creates");
  }

  @Test
  void theClientSecretAppearsNowhereInTheTemplate() {
    assertEquals(List.of(), secretReferences(template));
    // Outputs are readable by anyone who may describe the stack; the secret is read from Cognito
    // instead.
    map(template.get("Outputs"), "Outputs")
        .forEach(
            (name, output) -> {
              assertFalse(map(output, name).containsKey("Export"), name + " must not be exported");
              assertFalse(name.toLowerCase(Locale.ROOT).contains("secret"), name);
            });
    map(template.get("Parameters"), "Parameters")
        .keySet()
        .forEach(name -> assertFalse(name.toLowerCase(Locale.ROOT).contains("secret"), name));
  }

  @Test
  void theSecretDetectorFindsEveryFormOfTheAttribute() {
    Map<String, Object> bad =
        Map.of(
            "Outputs",
            Map.of(
                "A", Map.of("Value", Map.of("Fn::GetAtt", List.of(CLIENT, "ClientSecret"))),
                "B", Map.of("Value", Map.of("Fn::Sub", "id ${" + CLIENT + ".ClientSecret}")),
                "C",
                    Map.of(
                        "Value",
                        Map.of(
                            "Fn::Join",
                            List.of(
                                "",
                                List.of(Map.of("Fn::GetAtt", List.of(CLIENT, "ClientSecret")))))),
                "D", Map.of("Value", Map.of("Ref", CLIENT))));
    assertEquals(3, secretReferences(bad).size(), secretReferences(bad).toString());
  }

  /** Every place the template reads a user pool client's ClientSecret attribute. */
  private static List<String> secretReferences(Map<String, Object> template) {
    List<TemplateResourcesTest.Ref> refs = new ArrayList<>();
    TemplateResourcesTest.collectReferences(template, Set.of(), refs);
    List<String> found = new ArrayList<>();
    for (TemplateResourcesTest.Ref ref : refs) {
      if (ref.name().endsWith(".ClientSecret")) {
        found.add(ref.name());
      }
    }
    return found;
  }

  private static Object value(Map<String, Object> outputs, String name) {
    return map(outputs.get(name), "Outputs." + name).get("Value");
  }

  /**
   * Evaluates the intrinsic functions this template uses for names (Ref, Fn::Sub in both forms,
   * Fn::Select, Fn::Split) with the pseudo parameters of an example stack and the given values of
   * resource references.
   */
  static String evaluate(Object node, Map<String, ?> refs) {
    Object result = eval(node, refs);
    assertTrue(result instanceof String, "not a string: " + result);
    return (String) result;
  }

  private static Object eval(Object node, Map<String, ?> refs) {
    if (node instanceof String || node instanceof Integer) {
      return node;
    }
    Map<String, Object> fn = map(node, "intrinsic");
    assertEquals(1, fn.size(), "one function: " + fn);
    String name = fn.keySet().iterator().next();
    Object arg = fn.get(name);
    switch (name) {
      case "Ref":
        return lookup((String) arg, refs);
      case "Fn::Select":
        {
          List<Object> a = list(arg, name);
          List<Object> from = list(eval(a.get(1), refs), "Fn::Select list");
          return from.get((Integer) a.get(0));
        }
      case "Fn::Split":
        {
          List<Object> a = list(arg, name);
          return List.of(
              ((String) eval(a.get(1), refs)).split(Pattern.quote((String) a.get(0)), -1));
        }
      case "Fn::Sub":
        {
          String text = arg instanceof String s ? s : (String) list(arg, name).get(0);
          Map<String, Object> locals = new LinkedHashMap<>();
          if (arg instanceof List<?> l && l.size() > 1) {
            map(l.get(1), "Fn::Sub variables").forEach((k, v) -> locals.put(k, eval(v, refs)));
          }
          Matcher m = Pattern.compile("\\$\\{([^!}][^}]*)}").matcher(text);
          StringBuilder out = new StringBuilder();
          while (m.find()) {
            Object v =
                locals.containsKey(m.group(1)) ? locals.get(m.group(1)) : lookup(m.group(1), refs);
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(v)));
          }
          m.appendTail(out);
          return out.toString();
        }
      default:
        throw new AssertionError("not evaluated here: " + name);
    }
  }

  private static Object lookup(String ref, Map<String, ?> refs) {
    Object v = PSEUDO.containsKey(ref) ? PSEUDO.get(ref) : refs.get(ref);
    assertTrue(v != null, "no value for " + ref);
    return v;
  }
}
