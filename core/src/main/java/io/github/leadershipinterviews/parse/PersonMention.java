package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Span;

/**
 * One place in the body that refers to a known person: a full name, a first name, a title and surname, or a
 * pronoun, resolved to that person's full name.
 */
record PersonMention(Span span, String fullName, Form form) {

  enum Form { FULL_NAME, FIRST_NAME, SURNAME, PRONOUN }
}
