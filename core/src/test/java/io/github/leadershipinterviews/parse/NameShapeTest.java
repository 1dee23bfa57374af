package io.github.leadershipinterviews.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameShapeTest {
  private final NameShape names = NameShape.defaults();

  @ParameterizedTest
  @ValueSource(strings = {
      "Jo Quarrie", "Dr. Jo O’Hara-Vance, PhD", "Ana de la Cruz", "Pieter van der Walt", "Siân Ní Bhriain",
      "Ewan McTavish II", "Dame Celia Ormerod OBE", "J. Winston Pell", "J.R. Oduya", "Kaisu Mäenpää", "Zoë D'Arcy"})
  void acceptsFullNames(String text) {
    assertThat(names.isFullName(text)).as(text).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Jo", "Dr. Jo", "Psychological Safety", "Leading Change", "Former Chief Constable", "The Long Table",
      "Acme Media", "NHS England", "listening first", "Jo van", "Why We Lead", ""})
  void rejectsTopicsOrganisationsAndFirstNames(String text) {
    assertThat(names.isFullName(text)).as(text).isFalse();
  }
}
