/**
 * The immutable domain model: an {@link io.github.leadershipinterviews.model.Episode} and the people,
 * organisations, quotations, works and themes a summary names, with {@link io.github.leadershipinterviews.model.Span}s
 * into its {@link io.github.leadershipinterviews.model.Summary} text.
 *
 * <p>Every type is an immutable value with a builder ({@code Episode.builder()}) or an {@code of(...)} factory;
 * lists are immutable, absent values are {@link java.util.Optional}, never {@code null}. Invariants are checked when
 * a value is built and a violation throws {@link java.lang.IllegalArgumentException} naming the field and the value.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    jdkOnly = true,
    defaultAsDefault = true,
    optionalAcceptNullable = false,
    get = {"is*", "get*"},
    init = "*",
    typeImmutable = "Immutable*",
    // No @Generated on generated classes: users compile against our builders without Immutables on their
    // classpath, and javac warns about class-retained annotations it cannot find.
    allowedClasspathAnnotations = {Override.class})
package io.github.leadershipinterviews.model;

import org.immutables.value.Value;
