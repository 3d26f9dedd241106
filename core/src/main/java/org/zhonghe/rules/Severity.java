package org.zhonghe.rules;

/** How serious a finding is. */
public enum Severity { ERROR, WARNING, INFO }
