#!/usr/bin/env python3
# The exact counted total of the ledger bench/large-ledger.sh writes (AR5-GWP100, Scopes 1 and 2,
# net zero GHG for an organisation), in integers of micro-tonnes: an independent check of check's total.
import sys
gwp = {"CO2": 1, "CH4": 28, "N2O": 265, "SF6": 23500, "HFC-134a": 1300}
total = 0  # in 1e-6 t CO2e
with open(sys.argv[1]) as f:
    next(f)
    for line in f:
        i, gas, amount, unit, scope = line.rstrip("\n").split(",")
        if scope == "3":
            continue
        whole, frac = amount.split(".")
        micro = int(whole) * 1000 + int(frac)  # thousandths of the unit
        micro = micro * 1000 if unit == "t" else micro  # 1e-6 t
        total += micro * gwp[gas]
print(f"{total // 10**6}.{total % 10**6:06d}")
