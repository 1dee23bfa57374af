package io.github.leadershipinterviews.examples.cli;

import io.github.leadershipinterviews.LeadershipInterviews;
import io.github.leadershipinterviews.model.Episode;
import io.github.leadershipinterviews.model.Person;
import io.github.leadershipinterviews.model.Quotation;
import io.github.leadershipinterviews.model.Role;
import io.github.leadershipinterviews.model.Span;
import io.github.leadershipinterviews.model.ThemeMatch;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** THIN BOOTSTRAP CLI: {@code parse FILE...} writes one JSON object per file. To be replaced by the CLI issue. */
public final class Main {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Main() {}

  /** Entry point. */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (args.length == 0 || !args[0].equals("parse")) {
      out.println("usage: parse FILE...");
      return;
    }
    for (int i = 1; i < args.length; i++) {
      String text = Files.readString(Path.of(args[i]), StandardCharsets.UTF_8);
      ObjectNode node = toJson(LeadershipInterviews.parse(text));
      node.put("source", args[i]);
      out.println(MAPPER.writeValueAsString(node));
    }
  }

  static ObjectNode toJson(Episode e) {
    ObjectNode n = MAPPER.createObjectNode();
    e.title().ifPresent(t -> n.put("title", t));
    e.show().ifPresent(s -> {
      ObjectNode show = n.putObject("show");
      s.name().ifPresent(v -> show.put("name", v));
      ArrayNode hosts = show.putArray("hosts");
      s.hosts().forEach(h -> hosts.add(person(h)));
    });
    ArrayNode guests = n.putArray("guests");
    e.guests().forEach(g -> guests.add(person(g)));
    ArrayNode people = n.putArray("people");
    e.people().forEach(g -> people.add(person(g)));
    ArrayNode orgs = n.putArray("organisations");
    e.organisations().forEach(o -> {
      ObjectNode on = orgs.addObject().put("name", o.name());
      o.acronym().ifPresent(a -> on.put("acronym", a));
    });
    ArrayNode works = n.putArray("works");
    e.works().forEach(w -> works.addObject().put("title", w.title()));
    ArrayNode quotes = n.putArray("quotations");
    for (Quotation q : e.quotations()) {
      ObjectNode qn = quotes.addObject().put("text", q.text());
      q.speaker().ifPresent(s -> qn.put("speaker", s));
      qn.set("span", span(q.span()));
    }
    ArrayNode themes = n.putArray("themes");
    for (ThemeMatch t : e.themes()) {
      themes.addObject().put("id", t.id()).put("label", t.label()).put("score", t.score());
    }
    ObjectNode summary = n.putObject("summary");
    summary.put("text", e.summary().text()).put("truncated", e.summary().truncated());
    return n;
  }

  private static ObjectNode person(Person p) {
    ObjectNode n = MAPPER.createObjectNode().put("name", p.name());
    ArrayNode roles = n.putArray("roles");
    for (Role r : p.roles()) {
      ObjectNode rn = roles.addObject().put("title", r.title()).put("current", r.current());
      r.organisation().ifPresent(o -> rn.putObject("organisation").put("name", o.name()));
    }
    return n;
  }

  private static ObjectNode span(Span s) {
    return MAPPER.createObjectNode().put("start", s.start()).put("end", s.end());
  }
}
