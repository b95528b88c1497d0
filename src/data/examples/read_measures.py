# Reads measures.csv with Python's csv module and counts the FY2019 rows of each ministry.
import csv
import sys
from collections import Counter

path = sys.argv[1] if len(sys.argv) > 1 else "measures.csv"
with open(path, encoding="utf-8-sig", newline="") as f:
    rows = list(csv.DictReader(f))

print(f"{len(rows)} rows, columns: {', '.join(rows[0].keys())}")
counts = Counter(name for row in rows if row["year"] == "2019" for name in row["ministries"].split(";"))
for name, n in counts.most_common(3):
    print(f"{name}: {n}")
