package dev.toolwright.it;

import static dev.toolwright.it.GatewayCall.json;
import static dev.toolwright.it.GatewayCall.message;
import static dev.toolwright.it.GatewayCall.ok;
import static dev.toolwright.it.GatewayCall.raw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.toolwright.ToolHandler;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every type the processor lowers, sent through a generated dispatcher ({@code
 * LoweringTools_ToolDispatcher}, generated from this module's test sources) and back. Where
 * precision or spelling matters the raw answer is compared as text; elsewhere as parsed JSON.
 */
class LoweringRoundTripTest {

  private final ToolHandler handler = new ToolHandler(new LoweringTools_ToolDispatcher());

  @Test
  void everyToolIsServed() {
    assertEquals(
        List.of(
            "collections",
            "customer",
            "defaults",
            "enums",
            "identifiers",
            "injected",
            "labels",
            "maps",
            "maybe",
            "nothing",
            "numbers",
            "optionals",
            "point",
            "scalars",
            "shipment",
            "single",
            "sum",
            "text",
            "times",
            "tolerant"),
        handler.toolNames());
  }

  @Nested
  class Scalars {

    @Test
    void extremesAndLenientForms() {
      assertEquals(
          "{\"text\":\"héllo \\\"q\\\"\",\"letter\":\"x\",\"boxedLetter\":\"7\",\"tiny\":-128,\"boxedTiny\":127,"
              + "\"small\":-32768,\"boxedSmall\":32767,\"number\":2147483647,\"boxedNumber\":-2147483648,"
              + "\"big\":9223372036854775807,\"boxedBig\":-9223372036854775808,"
              + "\"huge\":123456789012345678901234567890123,\"ratio\":1.5,\"boxedRatio\":0.25,\"measure\":0.1,"
              + "\"boxedMeasure\":1.0E300,\"money\":12345678901234567890.123456789,\"flag\":true,\"boxedFlag\":false}",
          raw(
              handler,
              "scalars",
              "{'text':'héllo \\'q\\'','letter':'x','boxedLetter':7,'tiny':-128,'boxedTiny':'127',"
                  + "'small':-32768,'boxedSmall':32767.0,'number':'2147483647','boxedNumber':-2147483648,"
                  + "'big':9223372036854775807,'boxedBig':'-9223372036854775808','huge':'123456789012345678901234567890123',"
                  + "'ratio':1.5,'boxedRatio':'0.25','measure':0.1,'boxedMeasure':1e300,"
                  + "'money':'12345678901234567890.123456789','flag':'true','boxedFlag':false}"));
    }

    @Test
    void decimalsKeepTheirScale() {
      String answer =
          raw(
              handler,
              "scalars",
              "{'text':'','letter':' ','boxedLetter':'\\u0000','tiny':0,'boxedTiny':0,"
                  + "'small':0,'boxedSmall':0,'number':0,'boxedNumber':0,'big':0,'boxedBig':0,'huge':0,'ratio':0,"
                  + "'boxedRatio':0,'measure':0,'boxedMeasure':0,'money':1.10,'flag':false,'boxedFlag':false}");
      assertTrue(answer.contains("\"money\":1.10"), answer);
      assertEquals("\u0000", json(answer).get("boxedLetter").textValue());
    }

    @Test
    void outOfRangeAndFractions() {
      String all =
          "'text':'t','letter':'x','boxedLetter':'y','small':0,'boxedSmall':0,'number':0,'boxedNumber':0,"
              + "'big':0,'boxedBig':0,'huge':0,'ratio':0,'boxedRatio':0,'measure':0,'boxedMeasure':0,'money':0,"
              + "'flag':true,'boxedFlag':true";
      assertEquals(
          "Invalid argument 'tiny': 128 is out of range; expected an integer from -128 to 127."
              + " Invalid argument 'boxedTiny': expected integer, got 1.5.",
          message(
              handler, "scalars", "{" + all + ",'tiny':128,'boxedTiny':1.5}", "INVALID_ARGUMENTS"));
      assertEquals(
          "Invalid argument 'letter': expected a single character, got \"xy\".",
          message(
              handler,
              "scalars",
              "{" + all.replace("'letter':'x'", "'letter':'xy'") + ",'tiny':1,'boxedTiny':1}",
              "INVALID_ARGUMENTS"));
      assertEquals(
          "Invalid argument 'ratio': 1E+39 is out of range for a 32-bit floating-point number.",
          message(
              handler,
              "scalars",
              "{" + all.replace("'ratio':0", "'ratio':1e39") + ",'tiny':1,'boxedTiny':1}",
              "INVALID_ARGUMENTS"));
    }

    @Test
    void everyMissingScalarIsListed() {
      assertEquals(
          "Missing required arguments: 'text', 'letter', 'boxedLetter', 'tiny', 'boxedTiny', 'small',"
              + " 'boxedSmall', 'number', 'boxedNumber', 'big', 'boxedBig', 'huge', 'ratio', 'boxedRatio', 'measure',"
              + " 'boxedMeasure', 'money', 'flag', 'boxedFlag'.",
          message(handler, "scalars", "{}", "INVALID_ARGUMENTS"));
    }
  }

  @Test
  void enumsWithJsonPropertyNames() {
    assertEquals(
        json("{'priority':'right-now','colour':'GREEN','more':['low'],'javaName':'URGENT'}"),
        ok(handler, "enums", "{'priority':'RIGHT-NOW','colour':'green','more':'low'}"));
    assertEquals(
        "Invalid argument 'priority': expected one of low, high, right-now, got \"URGENT\"."
            + " Invalid argument 'more[1]': expected one of low, high, right-now, got \"medium\".",
        message(
            handler,
            "enums",
            "{'priority':'URGENT','colour':'RED','more':['high','medium']}",
            "INVALID_ARGUMENTS"));
  }

  @Test
  void javaTimeTypes() {
    assertEquals(
        "{\"date\":\"2026-11-22\",\"time\":\"14:30:00\",\"dateTime\":\"2026-11-22T14:30:05.123\","
            + "\"offsetDateTime\":\"2026-11-22T14:30:00+01:00\",\"zonedDateTime\":\"2026-11-22T14:30:00+01:00[Europe/Paris]\","
            + "\"zone\":\"Europe/Paris\",\"instant\":\"2026-11-22T13:30:00Z\",\"duration\":\"PT1H15M\","
            + "\"period\":\"P1Y2M3D\"}",
        raw(
            handler,
            "times",
            "{'date':'2026-11-22','time':'14:30:00','dateTime':'2026-11-22T14:30:05.123',"
                + "'offsetDateTime':'2026-11-22T14:30:00+01:00','zonedDateTime':'2026-11-22T14:30:00+01:00[Europe/Paris]',"
                + "'instant':'2026-11-22T13:30:00Z','duration':'PT1H15M','period':'P1Y2M3D'}"));
    assertEquals(
        "Invalid argument 'time': expected ISO-8601 time, e.g. 14:30:00, got \"2pm\"."
            + " Invalid argument 'instant': expected ISO-8601 instant in UTC, e.g. 2026-11-22T13:30:00Z, got"
            + " \"2026-11-22T13:30:00\".",
        message(
            handler,
            "times",
            "{'date':'2026-11-22','time':'2pm','dateTime':'2026-11-22T14:30',"
                + "'offsetDateTime':'2026-11-22T14:30:00Z','zonedDateTime':'2026-11-22T14:30:00Z',"
                + "'instant':'2026-11-22T13:30:00','duration':'PT1S','period':'P1D'}",
            "INVALID_ARGUMENTS"));
  }

  @Test
  void uuidUriAndBytes() {
    assertEquals(
        "{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"link\":\"https://example.com/a%20b?q=1#f\","
            + "\"host\":\"example.com\",\"data\":\"aGVsbG8gd29ybGQ=\",\"size\":11}",
        raw(
            handler,
            "identifiers",
            "{'id':'123E4567-E89B-12D3-A456-426614174000',"
                + "'link':'https://example.com/a%20b?q=1#f','data':'aGVsbG8gd29ybGQ'}"));
    assertEquals(
        json("{'id':'00000000-0000-0000-0000-000000000000','link':'urn:x','data':'+/8=','size':2}"),
        ok(
            handler,
            "identifiers",
            "{'id':'00000000-0000-0000-0000-000000000000','link':'urn:x','data':'-_8'}"));
    assertEquals(
        "Invalid argument 'id': expected UUID, e.g. 123e4567-e89b-12d3-a456-426614174000, got 42."
            + " Invalid argument 'link': expected URI, e.g. https://example.com/path, got \"a b\"."
            + " Invalid argument 'data': expected Base64-encoded bytes, got \"@@@\".",
        message(
            handler, "identifiers", "{'id':42,'link':'a b','data':'@@@'}", "INVALID_ARGUMENTS"));
  }

  @Nested
  class Records {

    @Test
    void nestedRecordsWithRenamedOptionalAndDefaultedComponents() {
      assertEquals(
          json(
              "{'shipment_id':'S-1','to':{'street':'1 Main St','city':'Springfield'},"
                  + "'parcels':[{'weightGrams':500,'priority':'high'}],'service':'standard'}"),
          ok(
              handler,
              "shipment",
              "{'shipment':{'shipment_id':'S-1','to':{'street':'1 Main St','city':'Springfield',"
                  + "'zip':null},'parcels':{'weightGrams':'500','priority':'HIGH'},'note':null}}"));
      assertEquals(
          json(
              "{'shipment_id':'S-2','to':{'street':'s','city':'c','zip':'12345'},'parcels':[],"
                  + "'note':'ring twice','service':'express'}"),
          ok(
              handler,
              "shipment",
              "{'shipment':{'shipment_id':'S-2','to':{'street':'s','city':'c','zip':12345},"
                  + "'parcels':[],'note':'ring twice','service':'express'}}"));
    }

    @Test
    void recordProblemsWithPaths() {
      assertEquals(
          "Missing required arguments: 'shipment.shipment_id', 'shipment.to.city',"
              + " 'shipment.parcels[1].priority'. Invalid argument 'shipment.parcels[0].weightGrams': expected integer,"
              + " got \"heavy\". Unknown argument 'shipment.id'; expected one of: shipment_id, to, parcels, note,"
              + " service.",
          message(
              handler,
              "shipment",
              "{'shipment':{'id':'S-1','to':{'street':'s'},"
                  + "'parcels':[{'weightGrams':'heavy','priority':'low'},{'weightGrams':1}]}}",
              "INVALID_ARGUMENTS"));
    }

    @Test
    void propertyNamesThatAreNoJavaIdentifiers_areReadAndWrittenAsSent() {
      String labels =
          "{\"a-b\":\"d\",\"a_b\":\"u\",\"1st\":1,\"caf\u00e9\":\"c\",\"say \\\"hi\\\" \\\\o/\":\"q\"}";
      assertEquals(labels, raw(handler, "labels", "{\"labels\":" + labels + "}"));
    }

    @Test
    void ignoreUnknownProperties() {
      assertEquals(
          json("{'name':'n'}"),
          ok(handler, "tolerant", "{'value':{'name':'n','extra':1,'more':{'a':[]}}}"));
    }
  }

  @Nested
  class Pojos {

    @Test
    void javaBean() {
      assertEquals(
          json("{'name':'Ana','age':41,'vip':true,'tags':['gold']}"),
          ok(
              handler,
              "customer",
              "{'customer':{'name':'Ana','age':'41','vip':'true','tags':'gold'}}"));
      assertEquals(
          "Missing required arguments: 'customer.age', 'customer.vip', 'customer.tags'.",
          message(handler, "customer", "{'customer':{'name':'Ana'}}", "INVALID_ARGUMENTS"));
    }

    @Test
    void jsonCreator() {
      assertEquals(json("{'x':3,'y':4}"), ok(handler, "point", "{'point':{'x':'3','y':4.0}}"));
      assertEquals(
          "Invalid argument 'point': x and y must not be negative.",
          message(handler, "point", "{'point':{'x':-1,'y':0}}", "INVALID_ARGUMENTS"));
    }
  }

  @Test
  void listsSetsAndArrays() {
    assertEquals(
        json(
            "{'tags':['solo'],'ids':[1,2,3],'sorted':['a','b','c'],'names':['x','y'],'counts':[1,2,3],"
                + "'parcels':[{'weightGrams':1,'priority':'low'}],'grid':[[1,2],[3]]}"),
        ok(
            handler,
            "collections",
            "{'tags':'solo','ids':[3,1,3,2],'sorted':['b','a','c','a'],'names':'[\\'x\\',\\'y\\']',"
                + "'counts':[1,'2',3.0],'parcels':{'weightGrams':1,'priority':'low'},'grid':[[1,2],'3']}"));
    assertEquals(
        "Invalid argument 'counts[1]': expected integer, got null. Invalid argument 'grid[0][1]':"
            + " expected integer, got \"x\".",
        message(
            handler,
            "collections",
            "{'tags':[],'ids':[],'sorted':[],'names':[],'counts':[1,null],"
                + "'parcels':[],'grid':[[1,'x']]}",
            "INVALID_ARGUMENTS"));
  }

  @Test
  void mapsOfStringKeys() {
    assertEquals(
        json(
            "{'counts':{'a':1,'b':2},'parcels':{'p1':{'weightGrams':5,'priority':'high'}},"
                + "'groups':{'g':['solo'],'h':['a','b']}}"),
        ok(
            handler,
            "maps",
            "{'counts':{'a':'1','b':2},'parcels':{'p1':{'weightGrams':5,'priority':'high'}},"
                + "'groups':'{\\'g\\':\\'solo\\',\\'h\\':[\\'a\\',\\'b\\']}'}"));
    assertEquals(
        "Invalid argument 'counts['a']': expected integer, got \"x\". Unknown argument"
            + " 'parcels['p'].weight'; expected one of: weightGrams, priority.",
        message(
            handler,
            "maps",
            "{'counts':{'a':'x'},'parcels':{'p':{'weight':1,'weightGrams':1,'priority':'low'}},"
                + "'groups':{}}",
            "INVALID_ARGUMENTS"));
  }

  @Nested
  class Optionals {

    @Test
    void allAbsent() {
      assertEquals(json("{'present':'---------'}"), ok(handler, "optionals", "{}"));
      assertEquals(
          json("{'present':'---------'}"),
          ok(
              handler,
              "optionals",
              "{'text':null,'date':null,'parcel':null,"
                  + "'count':null,'total':null,'ratio':null,'note':null,'extra':null,'boxed':null}"));
    }

    @Test
    void allPresent() {
      assertEquals(
          json(
              "{'text':'t','date':'2026-01-02','parcel':{'weightGrams':1,'priority':'low'},'count':5,"
                  + "'total':6,'ratio':0.5,'note':'n','extra':{'weightGrams':2,'priority':'high'},'boxed':9,"
                  + "'present':'tdpclrneb'}"),
          ok(
              handler,
              "optionals",
              "{'text':'t','date':'2026-01-02','parcel':{'weightGrams':1,'priority':'low'},"
                  + "'count':'5','total':6,'ratio':'0.5','note':'n','extra':{'weightGrams':2,'priority':'HIGH'},"
                  + "'boxed':'9'}"));
    }

    @Test
    void presentButWrong() {
      assertEquals(
          "Invalid argument 'date': expected ISO-8601 date, e.g. 2026-11-22, got \"soon\"."
              + " Invalid argument 'count': expected integer, got 1.5.",
          message(handler, "optionals", "{'date':'soon','count':1.5}", "INVALID_ARGUMENTS"));
    }
  }

  @Nested
  class Defaults {

    @Test
    void appliedWhenAbsent() {
      assertEquals(
          "{\"count\":3,\"big\":-9000000000,\"tiny\":-7,\"huge\":123456789012345678901234567890,"
              + "\"ratio\":2.5,\"fraction\":0.25,\"money\":19.990,\"flag\":true,\"text\":\"hello\",\"letter\":\"x\","
              + "\"priority\":\"right-now\",\"colour\":\"GREEN\",\"date\":\"2026-11-22\",\"pause\":\"PT15M\","
              + "\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"link\":\"https://example.com/a\",\"data\":\"aGk=\"}",
          raw(handler, "defaults", "{}"));
    }

    @Test
    void appliedForNullAndOverridden() {
      assertEquals(
          json(
              "{'count':4,'big':-9000000000,'tiny':-7,'huge':123456789012345678901234567890,'ratio':2.5,"
                  + "'fraction':0.25,'money':19.990,'flag':false,'text':'hello','letter':'x','priority':'low',"
                  + "'colour':'GREEN','date':'2026-11-22','pause':'PT15M','id':'123e4567-e89b-12d3-a456-426614174000',"
                  + "'link':'https://example.com/a','data':'+/8='}"),
          ok(
              handler,
              "defaults",
              "{'count':'4','flag':'false','text':null,'priority':'LOW','data':'-_8'}"));
    }
  }

  @Test
  void injectedContexts() {
    assertEquals(
        json(
            "{'requestId':'req-injected','toolName':'injected','targetName':'examples','tenant':'acme'}"),
        ok(handler, "injected", "{}"));
    assertEquals(
        "Unknown argument 'lambda'; this takes no arguments. Unknown argument 'gateway'; this takes no"
            + " arguments.",
        message(handler, "injected", "{'lambda':1,'gateway':2}", "INVALID_ARGUMENTS"));
  }

  @Test
  void resultsThatAreNotObjectsAreWrapped() {
    assertEquals("{\"result\":\"hi\"}", raw(handler, "text", "{'value':'hi'}"));
    assertEquals("{\"result\":[1,2,3]}", raw(handler, "numbers", "{'count':3}"));
    assertEquals("{\"result\":\"here\"}", raw(handler, "maybe", "{'present':true}"));
    assertEquals("{}", raw(handler, "maybe", "{'present':false}"));
    assertEquals("{\"result\":3}", raw(handler, "sum", "{'a':'1','b':2}"));
  }

  @Test
  void mapsAreSentAsObjectsAndVoidAsEmpty() {
    assertEquals("{\"k\":1}", raw(handler, "single", "{'key':'k','value':1}"));
    assertEquals("{}", raw(handler, "nothing", "{}"));
    assertEquals("{}", raw(handler, "nothing", ""));
  }
}
