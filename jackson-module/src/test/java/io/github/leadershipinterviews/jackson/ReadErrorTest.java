package io.github.leadershipinterviews.jackson;

import static io.github.leadershipinterviews.jackson.Json.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.leadershipinterviews.model.Episode;
import io.github.leadershipinterviews.model.Person;
import io.github.leadershipinterviews.model.PublishedDate;
import io.github.leadershipinterviews.model.Role;
import io.github.leadershipinterviews.model.Span;
import io.github.leadershipinterviews.model.ThemeMatch;
import io.github.leadershipinterviews.model.Work;
import io.github.leadershipinterviews.model.WorkKind;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every way a document can be wrong, and the exact message each gives: what is wrong, the field, and the JSON path.
 * Single quotes in the documents stand for double quotes, to keep them readable.
 */
class ReadErrorTest {

  private static final String SUMMARY = "'summary':{'text':'One. Two.'}";

  private static AbstractThrowableAssert<?, ? extends Throwable> reading(String document, Class<?> type) {
    return assertThatThrownBy(() -> MAPPER.readValue(document.replace('\'', '"'), type))
        .isInstanceOf(DatabindException.class);
  }

  private static void failsWith(String document, Class<?> type, Class<? extends DatabindException> exception,
      String message) {
    reading(document, type).isInstanceOf(exception)
        .satisfies(e -> assertThat(((DatabindException) e).getOriginalMessage()).isEqualTo(message));
  }

  @Test
  void missingRequiredFieldNamesTheFieldAndTheObjectsPath() {
    failsWith("{'formatVersion':1,'guests':[{'roles':[]}]," + SUMMARY + "}", Episode.class,
        MismatchedInputException.class, "Person.name is required but missing at $.guests[0]");
    failsWith("{'formatVersion':1}", Episode.class,
        MismatchedInputException.class, "Episode.summary is required but missing at $");
    failsWith("{'start':1}", Span.class, MismatchedInputException.class, "Span.end is required but missing at $");
  }

  @Test
  void missingFormatVersionAndUnsupportedFormatVersion() {
    failsWith("{" + SUMMARY + "}", Episode.class,
        MismatchedInputException.class, "Episode.formatVersion is required but missing at $");
    failsWith("{'formatVersion':2," + SUMMARY + "}", Episode.class, MismatchedInputException.class,
        "Episode.formatVersion 2 is not supported (this library reads formatVersion 1) at $.formatVersion");
  }

  @Test
  void wrongTypeNamesTheExpectedTypeTheValueAndThePath() {
    failsWith("{'formatVersion':1,'guests':[{'name':5}]," + SUMMARY + "}", Episode.class,
        MismatchedInputException.class, "Person.name must be a string but was the number 5 at $.guests[0].name");
    failsWith("{'formatVersion':1,'categories':['Business',null]," + SUMMARY + "}", Episode.class,
        MismatchedInputException.class, "Episode.categories[1] must be a string but was null at $.categories[1]");
    failsWith("{'formatVersion':1,'guests':{}," + SUMMARY + "}", Episode.class,
        MismatchedInputException.class, "Episode.guests must be an array but was an object at $.guests");
    failsWith("{'formatVersion':'1'," + SUMMARY + "}", Episode.class, MismatchedInputException.class,
        "Episode.formatVersion must be an integer from -2147483648 to 2147483647 but was the string \"1\""
            + " at $.formatVersion");
  }

  @Test
  void wrongTypeInsideNestedObjectsAndLists() {
    failsWith("{'title':'Chair','current':'yes'}", Role.class, MismatchedInputException.class,
        "Role.current must be true or false but was the string \"yes\" at $.current");
    failsWith("{'name':'Ada Mensah','roles':[{'title':'Chair'},{'title':'Trustee','organisation':'Trust'}]}",
        Person.class, MismatchedInputException.class,
        "Role.organisation must be an object but was the string \"Trust\" at $.roles[1].organisation");
    failsWith("{'id':'x','label':'X','score':'high'}", ThemeMatch.class, MismatchedInputException.class,
        "ThemeMatch.score must be a number but was the string \"high\" at $.score");
    failsWith("{'start':1.5,'end':3}", Span.class, MismatchedInputException.class,
        "Span.start must be an integer from -2147483648 to 2147483647 but was the number 1.5 at $.start");
    failsWith("{'start':1,'end':99999999999}", Span.class, MismatchedInputException.class,
        "Span.end must be an integer from -2147483648 to 2147483647 but was the number 99999999999 at $.end");
  }

  @Test
  void theExceptionsReferencePathLeadsFromTheRootToTheField() {
    reading("{'formatVersion':1,'guests':[{'name':'A'},{'name':'B','roles':[{'title':7}]}]," + SUMMARY + "}",
        Episode.class)
        .satisfies(e -> assertThat(((DatabindException) e).getPathReference()).isEqualTo(
            "io.github.leadershipinterviews.model.Episode[\"guests\"]->java.util.ArrayList[1]"
                + "->io.github.leadershipinterviews.model.Person[\"roles\"]->java.util.ArrayList[0]"
                + "->io.github.leadershipinterviews.model.Role[\"title\"]"))
        .hasMessageStartingWith("Role.title must be a string but was the number 7 at $.guests[1].roles[0].title");
  }

  @Test
  void anUnknownPropertyFailureNamesItsFieldOnce() {
    JsonMapper strict = MAPPER.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    assertThatThrownBy(() -> strict.readValue(
        "{\"formatVersion\":1,\"show\":{\"hosts\":[],\"rating\":5},\"summary\":{\"text\":\"\"}}", Episode.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .satisfies(e -> assertThat(((DatabindException) e).getPathReference()).isEqualTo(
            "io.github.leadershipinterviews.model.Episode[\"show\"]"
                + "->io.github.leadershipinterviews.model.Show[\"rating\"]"));
  }

  @Test
  void aModelTypeThatIsNotAnObject() {
    failsWith("['Ada']", Person.class, MismatchedInputException.class, "Person must be an object but was an array at $");
    failsWith("{'formatVersion':1,'people':['Ada Mensah']," + SUMMARY + "}", Episode.class,
        MismatchedInputException.class, "Episode.people[0] must be an object but was the string \"Ada Mensah\""
            + " at $.people[0]");
  }

  @Test
  void badlyFormattedDatesDurationsAndKinds() {
    failsWith("{'formatVersion':1,'duration':'26 min'," + SUMMARY + "}", Episode.class,
        InvalidFormatException.class, "Episode.duration must be an ISO-8601 duration such as PT42M or PT1H2M3S"
            + " but was \"26 min\" at $.duration");
    failsWith("{'text':'7/3/2025','readings':['2025-03-07','2026-11-31']}", PublishedDate.class,
        InvalidFormatException.class, "PublishedDate.readings[1] must be an ISO-8601 date such as 2022-03-09"
            + " but was \"2026-11-31\" at $.readings[1]");
    failsWith("{'title':'The Borrowed Lantern','kind':'Book'}", Work.class, InvalidFormatException.class,
        "Work.kind must be one of \"book\", \"report\", \"article\", \"blog\", \"talk\", \"film\", \"podcast\","
            + " \"other\" but was \"Book\" at $.kind");
    failsWith("3", WorkKind.class, MismatchedInputException.class, "WorkKind must be a string but was the number 3 at $");
    failsWith("'magazine'", WorkKind.class, InvalidFormatException.class,
        "WorkKind must be one of \"book\", \"report\", \"article\", \"blog\", \"talk\", \"film\", \"podcast\","
            + " \"other\" but was \"magazine\" at $");
  }

  @Test
  void invariantViolationsCarryTheModelsMessageAndThePathOfTheObject() {
    failsWith("{'formatVersion':1,'quotations':[{'text':'Hi','span':{'start':5,'end':3}}]," + SUMMARY + "}",
        Episode.class, ValueInstantiationException.class,
        "Span.end must be >= start but was [5, 3) at $.quotations[0].span");
    failsWith("{'formatVersion':1,'guests':[{'name':'  '}]," + SUMMARY + "}", Episode.class,
        ValueInstantiationException.class, "Person.name must not be blank but was \"  \" at $.guests[0]");
    failsWith("{'formatVersion':1,'themes':[{'id':'wellbeing','label':'Wellbeing','score':2.0}]," + SUMMARY + "}",
        Episode.class, ValueInstantiationException.class,
        "ThemeMatch.score must be in [0, 1] but was 2.0 (theme \"wellbeing\") at $.themes[0]");
    failsWith("{'formatVersion':1,'quotations':[{'text':'Hello','span':{'start':5,'end':10}}]," + SUMMARY + "}",
        Episode.class, ValueInstantiationException.class,
        "Episode.quotations[0].span [5, 10) lies beyond the summary text of length 9 at $");
    failsWith("{'text':'7/3/2025','readings':['2025-03-07']}", PublishedDate.class, ValueInstantiationException.class,
        "PublishedDate \"7/3/2025\" needs a date or at least two readings but has readings [2025-03-07] at $");
  }

  @Test
  void invariantViolationKeepsTheModelsExceptionAsItsCause() {
    reading("{'name':''}", Person.class).isInstanceOf(ValueInstantiationException.class)
        .cause().isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Person.name must not be blank but was \"\"");
  }

  @Test
  void duplicateFieldsFailFast() {
    failsWith("{'name':'Ada Mensah','name':'Someone Else'}", Person.class, MismatchedInputException.class,
        "duplicate field Person.name at $.name");
    failsWith("{'formatVersion':1,'guests':[{'name':'A','extra':1,'extra':2}]," + SUMMARY + "}", Episode.class,
        MismatchedInputException.class, "duplicate field Person.extra at $.guests[0].extra");
  }

  @Test
  void unknownPropertiesAreSkippedByDefault() {
    Person person = MAPPER.readValue(
        "{\"name\":\"Ada Mensah\",\"nickname\":{\"deep\":[1,2,{\"x\":null}]},\"roles\":[]}", Person.class);
    assertThat(person).isEqualTo(Person.of("Ada Mensah"));
  }

  @Test
  void unknownPropertiesFailWhenTheMapperSaysSo() {
    JsonMapper strict = MAPPER.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    assertThatThrownBy(() -> strict.readValue("{\"name\":\"Ada Mensah\",\"nickname\":\"Ada\"}", Person.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageStartingWith("Unrecognized property \"nickname\" (class io.github.leadershipinterviews.model.Person)");
  }

  @Test
  void theCommandLineToolsSourceFieldIsSkippedWhenReadingItsOutputBack() {
    Episode episode = JsonShapeTest.fullEpisode();
    ObjectNode node = MAPPER.valueToTree(episode);
    String cliLine = MAPPER.writeValueAsString(node.put("source", "summaries/a.txt"));
    assertThat(MAPPER.readValue(cliLine, Episode.class)).isEqualTo(episode);
  }

  @Test
  void nullMeansAbsentWhereAFieldMayBeOmitted() {
    Person person = MAPPER.readValue(
        "{\"name\":\"Ada Mensah\",\"honorific\":null,\"appearance\":null,\"postNominals\":null,\"roles\":null}",
        Person.class);
    assertThat(person).isEqualTo(Person.of("Ada Mensah"));
    failsWith("{'name':null}", Person.class, MismatchedInputException.class,
        "Person.name must be a string but was null at $.name");
  }
}
