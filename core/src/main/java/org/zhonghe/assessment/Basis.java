package org.zhonghe.assessment;

/** Whether a removal figure is the year's increment or a standing stock (§4.4.3: a stock is not a sink). */
public enum Basis {
    INCREMENT, STOCK
}
