package dev.toolwright.agent;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClientBuilder;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * Reads an app client's secret from Amazon Cognito with {@code DescribeUserPoolClient}, so that the
 * secret never has to be copied into a file, a stack output or a command line. The caller needs
 * {@code cognito-idp:DescribeUserPoolClient} on the user pool.
 */
public final class CognitoClientSecret {

  /** A user pool id: the region, an underscore, and an id, e.g. {@code us-east-1_AbCdEf123}. */
  private static final Pattern USER_POOL_ID =
      Pattern.compile("([a-z]{2}(?:-[a-z]+)+-\\d+)_[0-9a-zA-Z]+");

  private CognitoClientSecret() {}

  /**
   * Checks a user pool id and returns the region it names.
   *
   * @throws AgentException of kind {@code INVALID_INPUT} when it is not a user pool id
   */
  public static String regionOf(String userPoolId) {
    Matcher m = USER_POOL_ID.matcher(userPoolId == null ? "" : userPoolId);
    if (!m.matches() || userPoolId.length() > 55) {
      throw new AgentException(
          AgentException.Kind.INVALID_INPUT,
          "User pool id \""
              + userPoolId
              + "\" is not valid: it looks like us-east-1_AbCdEf123 (the stack's UserPoolId output).");
    }
    return m.group(1);
  }

  /**
   * Reads the secret of an app client.
   *
   * @throws AgentException {@code FAILED} when Cognito refuses or the client has no secret
   */
  public static String read(
      CognitoIdentityProviderClient cognito, String userPoolId, String clientId) {
    return read(cognito, userPoolId, clientId, null);
  }

  /**
   * Reads the secret of an app client within {@code timeout} (retries included), or the client's
   * own limits when null.
   *
   * @throws AgentException {@code FAILED} when Cognito refuses, does not answer in time, or the
   *     client has no secret
   */
  public static String read(
      CognitoIdentityProviderClient cognito, String userPoolId, String clientId, Duration timeout) {
    UserPoolClientType client;
    try {
      client =
          cognito
              .describeUserPoolClient(
                  r -> {
                    r.userPoolId(userPoolId).clientId(clientId);
                    if (timeout != null) {
                      r.overrideConfiguration(o -> o.apiCallTimeout(timeout));
                    }
                  })
              .userPoolClient();
    } catch (ApiCallTimeoutException e) {
      throw new AgentException(
          AgentException.Kind.FAILED,
          "Cognito did not answer DescribeUserPoolClient "
              + "within "
              + timeout.toSeconds()
              + "s (--timeout). Check the network, --region and "
              + "--endpoint-url, or set TOOLWRIGHT_CLIENT_SECRET instead of --user-pool-id.",
          e);
    } catch (SdkException e) {
      throw translate(e, userPoolId, clientId);
    }
    if (client == null || client.clientSecret() == null || client.clientSecret().isEmpty()) {
      throw new AgentException(
          AgentException.Kind.FAILED,
          "App client "
              + clientId
              + " of user "
              + "pool "
              + userPoolId
              + " has no secret (GenerateSecret was false), so it cannot use the "
              + "client-credentials grant.");
    }
    return client.clientSecret();
  }

  private static AgentException translate(SdkException e, String userPoolId, String clientId) {
    if (e instanceof ResourceNotFoundException) {
      return new AgentException(
          AgentException.Kind.FAILED,
          "Cognito has no app client "
              + clientId
              + " in user pool "
              + userPoolId
              + ". Check --client-id and --user-pool-id (the stack's ClientId "
              + "and UserPoolId outputs) and the region.",
          e);
    }
    if (e instanceof NotAuthorizedException
        || (e instanceof AwsServiceException ase
            && ase.awsErrorDetails() != null
            && "AccessDeniedException".equals(ase.awsErrorDetails().errorCode()))) {
      return new AgentException(
          AgentException.Kind.FAILED,
          "Cognito denied DescribeUserPoolClient"
              + message(e)
              + ". The caller needs cognito-idp:DescribeUserPoolClient on arn:aws:cognito-idp:"
              + "<region>:<account>:userpool/"
              + userPoolId
              + "; or set TOOLWRIGHT_CLIENT_SECRET instead of "
              + "--user-pool-id.",
          e);
    }
    if (e instanceof AwsServiceException ase) {
      return new AgentException(
          AgentException.Kind.FAILED,
          "Cognito answered DescribeUserPoolClient with HTTP "
              + ase.statusCode()
              + message(e)
              + ". Check --user-pool-id, --region and your AWS credentials, or "
              + "set TOOLWRIGHT_CLIENT_SECRET instead of --user-pool-id.",
          e);
    }
    String text = String.valueOf(e.getMessage());
    if (text.contains("Unable to load credentials")
        || text.toLowerCase(Locale.ROOT).contains("credential")) {
      return new AgentException(
          AgentException.Kind.FAILED,
          "Could not call Cognito (DescribeUserPoolClient): "
              + "no usable AWS credentials. Configure credentials (aws configure, aws sso login, AWS_PROFILE or "
              + "--profile), or set TOOLWRIGHT_CLIENT_SECRET instead of --user-pool-id.",
          e);
    }
    return new AgentException(
        AgentException.Kind.FAILED,
        "Could not reach Cognito (DescribeUserPoolClient) "
            + "in time. Check the network, --region and --endpoint-url.",
        e);
  }

  private static String message(SdkException e) {
    if (e instanceof AwsServiceException ase
        && ase.awsErrorDetails() != null
        && ase.awsErrorDetails().errorMessage() != null) {
      return ": " + ase.awsErrorDetails().errorMessage();
    }
    return "";
  }

  /**
   * A Cognito client like the control-plane client of the CLI: the JDK's URL-connection HTTP
   * client, standard retries, the default (or the profile's) credentials.
   */
  public static CognitoIdentityProviderClient createClient(
      String region, String profile, URI endpoint) {
    AwsCredentialsProvider credentials =
        profile != null
            ? ProfileCredentialsProvider.create(profile)
            : DefaultCredentialsProvider.builder().build();
    CognitoIdentityProviderClientBuilder builder =
        CognitoIdentityProviderClient.builder()
            .region(Region.of(region))
            .credentialsProvider(credentials)
            .httpClientBuilder(
                UrlConnectionHttpClient.builder()
                    .connectionTimeout(Duration.ofSeconds(10))
                    .socketTimeout(Duration.ofSeconds(30)))
            .overrideConfiguration(
                c -> {
                  c.retryStrategy(RetryMode.STANDARD);
                  if (profile != null) {
                    c.defaultProfileName(profile);
                  }
                });
    if (endpoint != null) {
      builder.endpointOverride(endpoint);
    }
    return builder.build();
  }
}
