package dev.toolwright.it.deploy;

import static dev.toolwright.it.deploy.DeployFiles.FUNCTION;
import static dev.toolwright.it.deploy.DeployFiles.GATEWAY_ROLE;
import static dev.toolwright.it.deploy.DeployFiles.GATEWAY_TARGET;
import static dev.toolwright.it.deploy.DeployFiles.list;
import static dev.toolwright.it.deploy.DeployFiles.map;
import static dev.toolwright.it.deploy.DeployFiles.properties;
import static dev.toolwright.it.deploy.DeployFiles.resource;
import static dev.toolwright.it.deploy.DeployFiles.resources;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * template.yaml against the resource specifications of the types it uses: every property is one the
 * type accepts, required ones are present, references point at something that exists, and the
 * function is configured as docs/deploy.md says.
 */
class TemplateResourcesTest {

  /**
   * Top-level properties per resource type, with the required ones. Sources: SAM's {@code
   * SamFunction.property_types} (aws/serverless-application-model,
   * samtranslator/model/sam_resources.py) and the CloudFormation resource provider schemas of
   * AWS::IAM::Role, AWS::Logs::LogGroup, AWS::BedrockAgentCore::GatewayTarget (plus
   * MetadataConfiguration from its reference page), AWS::BedrockAgentCore::Gateway (required
   * AuthorizerType, Name, ProtocolType, RoleArn; plus InterceptorConfigurations and
   * PolicyEngineConfiguration from its reference page) and AWS::Cognito::UserPool, UserPoolDomain,
   * UserPoolResourceServer and UserPoolClient (the CloudFormation Template Reference; read-only
   * members such as a client's ClientSecret or a domain's CloudFrontDistribution are attributes,
   * not properties).
   */
  private record Spec(Set<String> allowed, Set<String> required) {}

  private static final Map<String, Spec> SPECS =
      Map.ofEntries(
          Map.entry(
              "AWS::Serverless::Function",
              new Spec(
                  Set.of(
                      "FunctionName",
                      "Handler",
                      "Runtime",
                      "CodeUri",
                      "ImageUri",
                      "PackageType",
                      "InlineCode",
                      "DeadLetterQueue",
                      "Description",
                      "MemorySize",
                      "Timeout",
                      "VpcConfig",
                      "Role",
                      "AssumeRolePolicyDocument",
                      "Policies",
                      "RolePath",
                      "PermissionsBoundary",
                      "Environment",
                      "Events",
                      "Tags",
                      "PropagateTags",
                      "Tracing",
                      "KmsKeyArn",
                      "DeploymentPreference",
                      "ReservedConcurrentExecutions",
                      "Layers",
                      "EventInvokeConfig",
                      "EphemeralStorage",
                      "AutoPublishAlias",
                      "AutoPublishCodeSha256",
                      "AutoPublishAliasAllProperties",
                      "VersionDescription",
                      "ProvisionedConcurrencyConfig",
                      "FileSystemConfigs",
                      "ImageConfig",
                      "CodeSigningConfigArn",
                      "Architectures",
                      "SnapStart",
                      "FunctionUrlConfig",
                      "RuntimeManagementConfig",
                      "LoggingConfig",
                      "RecursiveLoop",
                      "SourceKMSKeyArn",
                      "CapacityProviderConfig",
                      "FunctionScalingConfig",
                      "VersionDeletionPolicy",
                      "PublishToLatestPublished",
                      "TenancyConfig",
                      "DurableConfig"),
                  // Not required by SAM in general, but a zip function needs all three.
                  Set.of("CodeUri", "Handler", "Runtime"))),
          Map.entry(
              "AWS::IAM::Role",
              new Spec(
                  Set.of(
                      "AssumeRolePolicyDocument",
                      "Description",
                      "ManagedPolicyArns",
                      "MaxSessionDuration",
                      "Path",
                      "PermissionsBoundary",
                      "Policies",
                      "RoleName",
                      "Tags"),
                  Set.of("AssumeRolePolicyDocument"))),
          Map.entry(
              "AWS::Logs::LogGroup",
              new Spec(
                  Set.of(
                      "DataProtectionPolicy",
                      "KmsKeyId",
                      "LogGroupClass",
                      "LogGroupName",
                      "RetentionInDays",
                      "Tags"),
                  Set.of())),
          Map.entry(
              "AWS::BedrockAgentCore::GatewayTarget",
              new Spec(
                  Set.of(
                      "CredentialProviderConfigurations",
                      "Description",
                      "GatewayIdentifier",
                      "MetadataConfiguration",
                      "Name",
                      "TargetConfiguration"),
                  Set.of("CredentialProviderConfigurations", "Name", "TargetConfiguration"))),
          Map.entry(
              "AWS::BedrockAgentCore::Gateway",
              new Spec(
                  Set.of(
                      "AuthorizerConfiguration",
                      "AuthorizerType",
                      "Description",
                      "ExceptionLevel",
                      "InterceptorConfigurations",
                      "KmsKeyArn",
                      "Name",
                      "PolicyEngineConfiguration",
                      "ProtocolConfiguration",
                      "ProtocolType",
                      "RoleArn",
                      "Tags"),
                  Set.of("AuthorizerType", "Name", "ProtocolType", "RoleArn"))),
          Map.entry(
              "AWS::Cognito::UserPool",
              new Spec(
                  Set.of(
                      "AccountRecoverySetting",
                      "AdminCreateUserConfig",
                      "AliasAttributes",
                      "AutoVerifiedAttributes",
                      "DeletionProtection",
                      "DeviceConfiguration",
                      "EmailAuthenticationMessage",
                      "EmailAuthenticationSubject",
                      "EmailConfiguration",
                      "EmailVerificationMessage",
                      "EmailVerificationSubject",
                      "EnabledMfas",
                      "LambdaConfig",
                      "MfaConfiguration",
                      "Policies",
                      "Schema",
                      "SmsAuthenticationMessage",
                      "SmsConfiguration",
                      "SmsVerificationMessage",
                      "UserAttributeUpdateSettings",
                      "UsernameAttributes",
                      "UsernameConfiguration",
                      "UserPoolAddOns",
                      "UserPoolName",
                      "UserPoolTags",
                      "UserPoolTier",
                      "VerificationMessageTemplate",
                      "WebAuthnFactorConfiguration",
                      "WebAuthnRelyingPartyID",
                      "WebAuthnUserVerification"),
                  Set.of())),
          Map.entry(
              "AWS::Cognito::UserPoolDomain",
              new Spec(
                  Set.of("CustomDomainConfig", "Domain", "ManagedLoginVersion", "UserPoolId"),
                  Set.of("Domain", "UserPoolId"))),
          Map.entry(
              "AWS::Cognito::UserPoolResourceServer",
              new Spec(
                  Set.of("Identifier", "Name", "Scopes", "UserPoolId"),
                  Set.of("Identifier", "Name", "UserPoolId"))),
          Map.entry(
              "AWS::Cognito::UserPoolClient",
              new Spec(
                  Set.of(
                      "AccessTokenValidity",
                      "AllowedOAuthFlows",
                      "AllowedOAuthFlowsUserPoolClient",
                      "AllowedOAuthScopes",
                      "AnalyticsConfiguration",
                      "AuthSessionValidity",
                      "CallbackURLs",
                      "ClientName",
                      "DefaultRedirectURI",
                      "EnablePropagateAdditionalUserContextData",
                      "EnableTokenRevocation",
                      "ExplicitAuthFlows",
                      "GenerateSecret",
                      "IdTokenValidity",
                      "LogoutURLs",
                      "PreventUserExistenceErrors",
                      "ReadAttributes",
                      "RefreshTokenRotation",
                      "RefreshTokenValidity",
                      "SupportedIdentityProviders",
                      "TokenValidityUnits",
                      "UserPoolId",
                      "WriteAttributes"),
                  Set.of("UserPoolId"))));

  private static final Set<String> RESOURCE_KEYS =
      Set.of(
          "Type",
          "Properties",
          "Metadata",
          "Condition",
          "DependsOn",
          "DeletionPolicy",
          "UpdateReplacePolicy",
          "UpdatePolicy",
          "CreationPolicy");
  private static final Set<String> PSEUDO_PARAMETERS =
      Set.of(
          "AWS::AccountId",
          "AWS::NotificationARNs",
          "AWS::NoValue",
          "AWS::Partition",
          "AWS::Region",
          "AWS::StackId",
          "AWS::StackName",
          "AWS::URLSuffix");

  /** Attributes Fn::GetAtt may read, per type (from the same specifications). */
  static final Map<String, Set<String>> ATTRIBUTES =
      Map.of(
          "AWS::Serverless::Function", Set.of("Arn"),
          "AWS::IAM::Role", Set.of("Arn", "RoleId"),
          "AWS::Logs::LogGroup", Set.of("Arn"),
          "AWS::BedrockAgentCore::GatewayTarget",
              Set.of("TargetId", "CreatedAt", "UpdatedAt", "Status", "StatusReasons", "GatewayArn"),
          "AWS::BedrockAgentCore::Gateway",
              Set.of(
                  "CreatedAt",
                  "GatewayArn",
                  "GatewayIdentifier",
                  "GatewayUrl",
                  "Status",
                  "StatusReasons",
                  "UpdatedAt",
                  "WorkloadIdentityDetails.WorkloadIdentityArn"),
          "AWS::Cognito::UserPool", Set.of("Arn", "ProviderName", "ProviderURL", "UserPoolId"),
          "AWS::Cognito::UserPoolDomain", Set.of("CloudFrontDistribution"),
          "AWS::Cognito::UserPoolResourceServer", Set.of(),
          "AWS::Cognito::UserPoolClient", Set.of("ClientId", "ClientSecret", "Name"));

  private final Map<String, Object> template = DeployFiles.template();

  @Test
  void isASamTemplate() {
    assertEquals("2010-09-09", template.get("AWSTemplateFormatVersion"));
    assertEquals("AWS::Serverless-2016-10-31", template.get("Transform"));
    assertEquals(
        Set.of(
            "AWSTemplateFormatVersion",
            "Transform",
            "Description",
            "Parameters",
            "Conditions",
            "Resources",
            "Outputs"),
        template.keySet());
  }

  @Test
  void everyResourceUsesOnlyPropertiesItsTypeAccepts() {
    List<String> problems = new ArrayList<>();
    resources(template)
        .forEach(
            (id, value) -> {
              Map<String, Object> res = map(value, id);
              for (String key : res.keySet()) {
                if (!RESOURCE_KEYS.contains(key)) {
                  problems.add(id + ": unknown resource attribute " + key);
                }
              }
              String type = (String) res.get("Type");
              Spec spec = SPECS.get(type);
              if (spec == null) {
                problems.add(
                    id
                        + ": type "
                        + type
                        + " has no specification in this test; add it from the resource spec");
                return;
              }
              Map<String, Object> props = map(res.get("Properties"), id + ".Properties");
              for (String key : props.keySet()) {
                if (!spec.allowed().contains(key)) {
                  problems.add(id + ": " + type + " has no property " + key);
                }
              }
              for (String key : spec.required()) {
                if (!props.containsKey(key)) {
                  problems.add(id + ": required property " + key + " is missing");
                }
              }
            });
    assertEquals(List.of(), problems);
  }

  @Test
  void functionIsTheSnapStartedArmJavaFunctionTheReadmeDescribes() {
    Map<String, Object> function = resource(template, FUNCTION);
    assertEquals("AWS::Serverless::Function", function.get("Type"));
    assertEquals(Map.of("BuildMethod", "makefile"), function.get("Metadata"));
    Map<String, Object> p = properties(template, FUNCTION);
    assertEquals(
        ".", p.get("CodeUri"), "CodeUri is the repository root, where the Makefile and mvnw are");
    assertEquals("dev.toolwright.examples.ExampleHandler::handleRequest", p.get("Handler"));
    assertTrue(
        Set.of("java21", "java25").contains(p.get("Runtime")), "runtime " + p.get("Runtime"));
    assertEquals(List.of("arm64"), p.get("Architectures"));
    int memory = (Integer) p.get("MemorySize");
    int timeout = (Integer) p.get("Timeout");
    assertTrue(memory >= 512 && memory <= 10240, "MemorySize " + memory);
    assertTrue(timeout >= 5 && timeout <= 900, "Timeout " + timeout);
    assertEquals("live", p.get("AutoPublishAlias"));
    assertEquals(Map.of("ApplyOn", "PublishedVersions"), p.get("SnapStart"));
    assertTrue(!p.containsKey("Environment"), "no environment: nothing in the examples needs one");
  }

  @Test
  void loggingIsStructuredJsonWithValidLevels() {
    Map<String, Object> logging =
        map(properties(template, FUNCTION).get("LoggingConfig"), "LoggingConfig");
    assertTrue(
        Set.of("ApplicationLogLevel", "LogFormat", "LogGroup", "SystemLogLevel")
            .containsAll(logging.keySet()),
        "LoggingConfig keys " + logging.keySet());
    assertEquals("JSON", logging.get("LogFormat"), "log levels need the JSON format");
    assertTrue(
        Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL")
            .contains(logging.get("ApplicationLogLevel")));
    assertTrue(Set.of("DEBUG", "INFO", "WARN").contains(logging.get("SystemLogLevel")));
    assertEquals(Map.of("Ref", "ToolFunctionLogGroup"), logging.get("LogGroup"));
    Object retention = properties(template, "ToolFunctionLogGroup").get("RetentionInDays");
    assertTrue(
        Set.of(
                1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192,
                2557, 2922, 3288, 3653)
            .contains(retention),
        "RetentionInDays " + retention);
  }

  /**
   * The handler named in the template exists and is a stream handler. Surefire runs in the {@code
   * test} phase, before {@code package} builds the Lambda jar, so this reads the compiled classes;
   * LambdaJarIT checks the same class inside the jar after {@code package}.
   */
  @Test
  void handlerClassAndMethodExistInTheCompiledClasses() throws Exception {
    String[] handler = ((String) properties(template, FUNCTION).get("Handler")).split("::");
    assertEquals(2, handler.length);
    Class<?> type = Class.forName(handler[0], false, getClass().getClassLoader());
    assertTrue(
        RequestStreamHandler.class.isAssignableFrom(type), type + " is not a RequestStreamHandler");
    assertEquals("handleRequest", handler[1]);
    type.getMethod(handler[1], InputStream.class, OutputStream.class, Context.class);
    type.getConstructor();
    assertTrue(
        DeployFiles.examples()
            .resolve("target/classes/" + handler[0].replace('.', '/') + ".class")
            .toFile()
            .isFile());
  }

  @Test
  void gatewayTargetHasTheShapeOfALambdaTargetWithTheGatewayRole() {
    Map<String, Object> target = resource(template, GATEWAY_TARGET);
    assertEquals("AWS::BedrockAgentCore::GatewayTarget", target.get("Type"));
    assertEquals("HasGateway", target.get("Condition"));
    Map<String, Object> p = properties(template, GATEWAY_TARGET);
    assertEquals(
        Map.of(
            "Fn::If",
            List.of(
                "CreatesGateway",
                Map.of("Fn::GetAtt", List.of("Gateway", "GatewayIdentifier")),
                Map.of("Ref", "GatewayIdentifier"))),
        p.get("GatewayIdentifier"),
        "the gateway this stack creates, or else the existing one the parameter names");
    assertEquals(
        List.of(Map.of("CredentialProviderType", "GATEWAY_IAM_ROLE")),
        p.get("CredentialProviderConfigurations"));
    Map<String, Object> targetConfiguration =
        map(p.get("TargetConfiguration"), "TargetConfiguration");
    assertEquals(Set.of("Mcp"), targetConfiguration.keySet());
    Map<String, Object> mcp = map(targetConfiguration.get("Mcp"), "TargetConfiguration.Mcp");
    assertEquals(
        Set.of("Lambda"), mcp.keySet(), "an MCP target configuration is exactly one of its kinds");
    Map<String, Object> lambda = map(mcp.get("Lambda"), "Mcp.Lambda");
    assertEquals(Set.of("LambdaArn", "ToolSchema"), lambda.keySet());
    assertEquals(
        Map.of("Ref", FUNCTION + ".Alias"),
        lambda.get("LambdaArn"),
        "the gateway invokes the alias, which points at the SnapStart-enabled published version");
    String description = (String) p.get("Description");
    assertTrue(description.length() >= 1 && description.length() <= 200);
  }

  @Test
  void parameterPatternsAcceptTheirDefaultsAndWhatTheGatewayTargetSchemaAccepts() {
    Map<String, Object> parameters = map(template.get("Parameters"), "Parameters");
    assertEquals(
        Set.of("GatewayIdentifier", "TargetName", "CreateGateway", "GatewayName"),
        parameters.keySet());
    Map<String, Object> gateway = map(parameters.get("GatewayIdentifier"), "GatewayIdentifier");
    Pattern gatewayPattern = Pattern.compile((String) gateway.get("AllowedPattern"));
    assertEquals("", gateway.get("Default"), "empty default: skip the gateway target");
    assertTrue(gatewayPattern.matcher("").matches());
    assertTrue(gatewayPattern.matcher("my-gateway-abcde12345").matches());
    assertTrue(!gatewayPattern.matcher("My_Gateway").matches());
    Map<String, Object> target = map(parameters.get("TargetName"), "TargetName");
    assertTrue(
        Pattern.compile((String) target.get("AllowedPattern"))
            .matcher((String) target.get("Default"))
            .matches());
    assertEquals(Map.of("Ref", "TargetName"), properties(template, GATEWAY_TARGET).get("Name"));
    // The compile-time target name the processor checked the 64-character tool names against.
    assertTrue(
        DeployFiles.read(DeployFiles.examples().resolve("pom.xml"))
            .contains("<arg>-Atoolwright.target=" + target.get("Default") + "</arg>"));
    Map<String, Object> conditions = map(template.get("Conditions"), "Conditions");
    assertEquals(
        Map.of(
            "Fn::Not",
            List.of(Map.of("Fn::Equals", List.of(Map.of("Ref", "GatewayIdentifier"), "")))),
        conditions.get("HasGatewayIdentifier"));
    assertEquals(
        Map.of(
            "Fn::Or",
            List.of(
                Map.of("Condition", "CreatesGateway"),
                Map.of("Condition", "HasGatewayIdentifier"))),
        conditions.get("HasGateway"),
        "a target whenever there is a gateway to attach to");
  }

  @Test
  void everyConditionIsDefinedFromParametersAndOtherConditionsOnly() {
    Map<String, Object> conditions = map(template.get("Conditions"), "Conditions");
    Set<String> parameters = map(template.get("Parameters"), "Parameters").keySet();
    List<String> problems = new ArrayList<>();
    conditions.forEach(
        (name, definition) -> {
          List<Ref> refs = new ArrayList<>();
          collectReferences(definition, Set.of(), refs);
          for (Ref ref : refs) {
            if (!parameters.contains(ref.name()) && !PSEUDO_PARAMETERS.contains(ref.name())) {
              problems.add(name + ": refers to " + ref.name() + ", which is no parameter");
            }
          }
          for (String used : conditionNames(definition)) {
            if (!conditions.containsKey(used) || used.equals(name)) {
              problems.add(name + ": uses condition " + used);
            }
          }
        });
    assertEquals(List.of(), problems);
  }

  @Test
  void everyReferenceResolvesAndConditionalResourcesAreOnlyUsedUnderTheirCondition() {
    Map<String, Object> resources = resources(template);
    Set<String> parameters = map(template.get("Parameters"), "Parameters").keySet();
    Set<String> conditions = map(template.get("Conditions"), "Conditions").keySet();
    List<String> problems = new ArrayList<>();
    Map<String, Object> sections = new LinkedHashMap<>();
    resources.forEach((id, r) -> sections.put("Resources." + id, r));
    map(template.get("Outputs"), "Outputs").forEach((id, o) -> sections.put("Outputs." + id, o));
    sections.forEach(
        (where, value) -> {
          Map<String, Object> node = map(value, where);
          Object condition = node.get("Condition");
          if (condition != null && !conditions.contains(condition)) {
            problems.add(where + ": unknown condition " + condition);
          }
          Object dependsOn = node.get("DependsOn");
          if (dependsOn != null && !resources.containsKey(dependsOn)) {
            problems.add(where + ": DependsOn unknown resource " + dependsOn);
          }
          List<Ref> used = new ArrayList<>();
          collectReferences(node, Set.of(), used);
          for (Ref reference : used) {
            for (String guard : reference.guards()) {
              if (!conditions.contains(guard)) {
                problems.add(where + ": Fn::If on unknown condition " + guard);
              }
            }
            String ref = reference.name();
            String logicalId = ref.contains(".") ? ref.substring(0, ref.indexOf('.')) : ref;
            String attribute = ref.contains(".") ? ref.substring(ref.indexOf('.') + 1) : null;
            if (PSEUDO_PARAMETERS.contains(ref)
                || (attribute == null && parameters.contains(ref))) {
              continue;
            }
            if (!resources.containsKey(logicalId)) {
              problems.add(where + ": reference to unknown " + ref);
              continue;
            }
            Map<String, Object> target = map(resources.get(logicalId), logicalId);
            if (attribute != null && !attributeExists(target, attribute)) {
              problems.add(
                  where
                      + ": "
                      + target.get("Type")
                      + " "
                      + logicalId
                      + " has no attribute "
                      + attribute);
            }
            Object targetCondition = target.get("Condition");
            if (targetCondition != null
                && !targetCondition.equals(condition)
                && !reference.guards().contains(targetCondition)) {
              problems.add(
                  where + ": uses " + logicalId + ", which exists only under " + targetCondition);
            }
          }
        });
    assertEquals(List.of(), problems);
  }

  @Test
  void outputsNameTheFunctionTheAliasAndTheGatewayRole() {
    Map<String, Object> outputs = map(template.get("Outputs"), "Outputs");
    assertEquals(Map.of("Fn::GetAtt", List.of(FUNCTION, "Arn")), value(outputs, "ToolFunctionArn"));
    assertEquals(Map.of("Ref", FUNCTION + ".Alias"), value(outputs, "ToolFunctionAliasArn"));
    assertEquals(
        Map.of("Fn::GetAtt", List.of(GATEWAY_ROLE, "Arn")), value(outputs, "GatewayRoleArn"));
  }

  @Test
  void samconfigDeploysWithIamCapabilityAndAManagedBucketAndLeavesTheRegionToTheUser() {
    List<String> lines =
        DeployFiles.read(DeployFiles.root().resolve("samconfig.toml"))
            .lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .toList();
    assertTrue(lines.contains("[default.deploy.parameters]"), lines.toString());
    assertTrue(
        lines.contains("capabilities = \"CAPABILITY_IAM\""), "the template creates IAM roles");
    assertTrue(
        lines.contains("resolve_s3 = true"), "sam deploy uploads the code and the schema snippet");
    assertTrue(lines.contains("confirm_changeset = true"));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("stack_name = ")));
    assertTrue(
        lines.stream().noneMatch(l -> l.startsWith("region")),
        "the region comes from the user's AWS config");
  }

  private static Object value(Map<String, Object> outputs, String name) {
    return map(outputs.get(name), "Outputs." + name).get("Value");
  }

  private static boolean attributeExists(Map<String, Object> resource, String attribute) {
    String type = (String) resource.get("Type");
    if (type.equals("AWS::Serverless::Function") && attribute.equals("Alias")) {
      // SAM's referenceable property, only with AutoPublishAlias.
      return map(resource.get("Properties"), "Properties").containsKey("AutoPublishAlias");
    }
    return ATTRIBUTES.getOrDefault(type, Set.of()).contains(attribute);
  }

  /**
   * A Ref, Fn::GetAtt or ${...} in Fn::Sub, as "Id" or "Id.Attribute", with the conditions that
   * guard it: those of the Fn::If branches it sits in (the first branch of {@code Fn::If [C, a, b]}
   * is only evaluated when C is true).
   */
  record Ref(String name, Set<String> guards) {}

  static void collectReferences(Object node, Set<String> guards, List<Ref> out) {
    if (node instanceof Map<?, ?> map) {
      map.forEach(
          (key, value) -> {
            if ("Ref".equals(key) && value instanceof String ref) {
              out.add(new Ref(ref, guards));
            } else if ("Fn::GetAtt".equals(key)) {
              List<Object> parts = list(value, "Fn::GetAtt");
              out.add(new Ref(parts.get(0) + "." + parts.get(1), guards));
            } else if ("Fn::If".equals(key)) {
              List<Object> parts = list(value, "Fn::If");
              assertEquals(3, parts.size(), "Fn::If takes a condition and two values: " + parts);
              Set<String> whenTrue = new HashSet<>(guards);
              whenTrue.add((String) parts.get(0));
              collectReferences(parts.get(1), Set.copyOf(whenTrue), out);
              collectReferences(parts.get(2), guards, out);
            } else if ("Fn::Sub".equals(key)) {
              String text = value instanceof String s ? s : (String) list(value, "Fn::Sub").get(0);
              Set<String> locals = new HashSet<>();
              if (value instanceof List<?> l && l.size() > 1) {
                locals.addAll(map(l.get(1), "Fn::Sub variables").keySet());
                collectReferences(l.get(1), guards, out);
              }
              Matcher m = Pattern.compile("\\$\\{([^!}][^}]*)}").matcher(text);
              while (m.find()) {
                if (!locals.contains(m.group(1))) {
                  out.add(new Ref(m.group(1), guards));
                }
              }
            } else if ("Condition".equals(key) && value instanceof String) {
              // a resource's or output's own condition, or a condition used in another: checked by
              // the caller
            } else {
              collectReferences(value, guards, out);
            }
          });
    } else if (node instanceof List<?> list) {
      list.forEach(item -> collectReferences(item, guards, out));
    }
  }

  /** The names used as {@code {"Condition": name}} inside a condition's definition. */
  private static Set<String> conditionNames(Object node) {
    Set<String> names = new TreeSet<>();
    if (node instanceof Map<?, ?> map) {
      map.forEach(
          (key, value) -> {
            if ("Condition".equals(key) && value instanceof String name) {
              names.add(name);
            } else {
              names.addAll(conditionNames(value));
            }
          });
    } else if (node instanceof List<?> list) {
      list.forEach(item -> names.addAll(conditionNames(item)));
    }
    return names;
  }

  @Test
  void shortFormTagsAreReadAsCloudFormationReadsThem() throws Exception {
    Path yaml = Files.createTempFile("cfn", ".yaml");
    try {
      Files.writeString(
          yaml,
          String.join(
              "\n",
              "A: !Ref X",
              "B: !GetAtt R.Endpoint.Address",
              "C: !Sub '${X}-${AWS::Region}'",
              "D: !If [Cond, !Join ['', [a, !Ref Y]], !Ref AWS::NoValue]",
              "E: !Not [!Equals [!Ref P, '']]",
              "F: !Or [!Condition A, !Condition B]",
              "G: !Select [2, !Split ['/', !Ref AWS::StackId]]",
              ""));
      Map<String, Object> doc = CfnYaml.load(yaml);
      assertEquals(Map.of("Ref", "X"), doc.get("A"));
      assertEquals(Map.of("Fn::GetAtt", List.of("R", "Endpoint.Address")), doc.get("B"));
      assertEquals(Map.of("Fn::Sub", "${X}-${AWS::Region}"), doc.get("C"));
      assertEquals(
          Map.of(
              "Fn::If",
              List.of(
                  "Cond",
                  Map.of("Fn::Join", List.of("", List.of("a", Map.of("Ref", "Y")))),
                  Map.of("Ref", "AWS::NoValue"))),
          doc.get("D"));
      assertEquals(
          Map.of("Fn::Not", List.of(Map.of("Fn::Equals", List.of(Map.of("Ref", "P"), "")))),
          doc.get("E"));
      assertEquals(
          Map.of("Fn::Or", List.of(Map.of("Condition", "A"), Map.of("Condition", "B"))),
          doc.get("F"));
      assertEquals(
          Map.of(
              "Fn::Select",
              List.of(2, Map.of("Fn::Split", List.of("/", Map.of("Ref", "AWS::StackId"))))),
          doc.get("G"));
      Files.writeString(yaml, "A: !Bogus X\n");
      try {
        CfnYaml.load(yaml);
        fail("an unknown tag must not load");
      } catch (RuntimeException expected) {
        assertTrue(expected.getMessage().contains("!Bogus"), expected.getMessage());
      }
    } finally {
      Files.delete(yaml);
    }
  }
}
