/**
 * Standards as rule sets on top of rules.md §1–§4 (profiles.md): a profile may redefine a
 * concept, restrict credits and removals, cap offsets and add findings. {@code ipcc} is the
 * default and changes nothing.
 */
package org.zhonghe.profiles;
