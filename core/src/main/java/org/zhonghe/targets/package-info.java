/**
 * National long-term targets: the registry of who committed to what and in which words, a classifier
 * for target statements, and emission trajectories towards a peak and net zero (碳达峰、碳中和).
 *
 * <p>Sources: Chen Ying, "碳中和概念再辨析" (the paper), Table 1 (198 parties by the wording of their
 * long-term target, from the Net Zero Tracker, zerotracker.net, read on 25 January 2022), Table 2
 * (China, United States, European Union, India), §3.1 (gas coverage and misuses of the terms),
 * §4.2.3 (offsets at national level) and §4.3 (gases covered by China's target).
 *
 * <p>Conventions for the whole package: values are records, closed sets are enums with a lower-case
 * hyphenated {@code id()} used in files and JSON; {@code null} means "not known" and is documented on
 * each accessor; numbers are {@link java.math.BigDecimal}, never floating point, and every division
 * goes through {@link org.zhonghe.targets.Exact#divide}. The package reads only its own bundled
 * resources; user files arrive as {@link java.io.Reader}s opened by the caller.
 */
package org.zhonghe.targets;
