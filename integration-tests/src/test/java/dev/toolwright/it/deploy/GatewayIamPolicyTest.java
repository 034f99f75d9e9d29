package dev.toolwright.it.deploy;

import static dev.toolwright.it.deploy.DeployFiles.FUNCTION;
import static dev.toolwright.it.deploy.DeployFiles.GATEWAY_ROLE;
import static dev.toolwright.it.deploy.DeployFiles.list;
import static dev.toolwright.it.deploy.DeployFiles.map;
import static dev.toolwright.it.deploy.DeployFiles.properties;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Least privilege for the gateway: the role trusts only AgentCore acting for this account, and may
 * only invoke this function: its unqualified ARN and the alias ARN the target names. No statement
 * in the template has a wildcard in an action or a resource.
 */
class GatewayIamPolicyTest {

  private static final Object FUNCTION_ARN = Map.of("Fn::GetAtt", List.of(FUNCTION, "Arn"));
  private static final Object FUNCTION_ALIAS_ARN = Map.of("Ref", FUNCTION + ".Alias");

  private final Map<String, Object> template = DeployFiles.template();

  @Test
  void noStatementAnywhereGrantsAWildcardActionOrResource() {
    List<Map<String, Object>> statements = new ArrayList<>();
    collectStatements(template.get("Resources"), statements);
    assertEquals(2, statements.size(), "the trust policy and the invoke policy: " + statements);
    List<String> problems = new ArrayList<>();
    for (Map<String, Object> statement : statements) {
      assertEquals("Allow", statement.get("Effect"));
      for (String negated : List.of("NotAction", "NotResource", "NotPrincipal")) {
        if (statement.containsKey(negated)) {
          problems.add("uses " + negated + ": " + statement);
        }
      }
      for (Object action : asList(statement.get("Action"))) {
        if (!(action instanceof String name) || name.contains("*")) {
          problems.add("action " + action + " is not one plain action name");
        }
      }
      for (Object resource : asList(statement.get("Resource"))) {
        if (resource == null) {
          continue; // trust policies have no Resource
        }
        if (!resource.equals(FUNCTION_ARN) && !resource.equals(FUNCTION_ALIAS_ARN)) {
          problems.add("resource " + resource + " is neither the function's ARN nor its alias ARN");
        }
        if (resource.toString().contains("*")) {
          problems.add("resource " + resource + " has a wildcard");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void gatewayRoleTrustsOnlyAgentCoreForThisAccount() {
    Map<String, Object> role = properties(template, GATEWAY_ROLE);
    Map<String, Object> trust =
        map(role.get("AssumeRolePolicyDocument"), "AssumeRolePolicyDocument");
    assertEquals("2012-10-17", trust.get("Version"));
    List<Object> statements = list(trust.get("Statement"), "trust Statement");
    assertEquals(1, statements.size());
    Map<String, Object> statement = map(statements.get(0), "trust statement");
    assertEquals(Map.of("Service", "bedrock-agentcore.amazonaws.com"), statement.get("Principal"));
    assertEquals("sts:AssumeRole", statement.get("Action"));
    assertEquals(
        Map.of("StringEquals", Map.of("aws:SourceAccount", Map.of("Ref", "AWS::AccountId"))),
        statement.get("Condition"),
        "confused-deputy guard: only AgentCore acting for this account");
    assertFalse(statement.containsKey("Resource"));
  }

  @Test
  void gatewayRoleMayInvokeOnlyThisFunctionAndItsAlias() {
    Map<String, Object> role = properties(template, GATEWAY_ROLE);
    assertFalse(
        role.containsKey("ManagedPolicyArns"),
        "no managed policies: they grant more than one function");
    List<Object> policies = list(role.get("Policies"), "Policies");
    assertEquals(1, policies.size());
    Map<String, Object> document =
        map(map(policies.get(0), "policy").get("PolicyDocument"), "PolicyDocument");
    assertEquals("2012-10-17", document.get("Version"));
    List<Object> statements = list(document.get("Statement"), "Statement");
    assertEquals(1, statements.size());
    Map<String, Object> statement = map(statements.get(0), "statement");
    assertEquals("lambda:InvokeFunction", statement.get("Action"));
    assertEquals(List.of(FUNCTION_ARN, FUNCTION_ALIAS_ARN), statement.get("Resource"));
    assertFalse(statement.containsKey("Condition"));
  }

  @Test
  void theFunctionItselfGetsNoExtraPermissions() {
    Map<String, Object> function = properties(template, FUNCTION);
    assertFalse(
        function.containsKey("Policies"),
        "SAM's default role (basic execution: logs only) is enough");
    assertFalse(function.containsKey("Role"));
    assertTrue(
        map(template.get("Resources"), "Resources").values().stream()
            .noneMatch(r -> "AWS::Lambda::Permission".equals(map(r, "resource").get("Type"))),
        "same-account gateway: the role's identity policy suffices, no resource-based permission");
  }

  private static List<Object> asList(Object value) {
    if (value instanceof List<?> l) {
      return new ArrayList<>(l);
    }
    List<Object> single = new ArrayList<>();
    single.add(value);
    return single;
  }

  @SuppressWarnings("unchecked")
  private static void collectStatements(Object node, List<Map<String, Object>> out) {
    if (node instanceof Map<?, ?> map) {
      Object statement = map.get("Statement");
      if (statement != null) {
        for (Object s : asList(statement)) {
          out.add((Map<String, Object>) s);
        }
      }
      map.values().forEach(v -> collectStatements(v, out));
    } else if (node instanceof List<?> list) {
      list.forEach(v -> collectStatements(v, out));
    }
  }
}
