#!/usr/bin/env python3
"""pagetext.py A B [IGNORE]: checks that every HTML page under A has a page at the
same path under B with the same visible text, and the other way round.

Visible text is the text of <title> and <body> (not of <script> or
<style>), with block elements and <br> as word breaks and whitespace
(no-break spaces included) collapsed. Prints the first page that differs
with the first differing words, and exits 1; else prints the number of
pages compared. Pages under B whose path starts with IGNORE are not
compared (Hugo's redirect of its "mul" language home)."""
import html.parser
import os
import sys

BLOCK = set("""address article aside blockquote br caption dd div dl dt
footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p section table tbody td
tfoot th thead title tr ul""".split())
SKIP = {"script", "style"}


class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip, self.head, self.title = [], 0, False, False

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        if tag == "title":
            self.title = True
        if tag in BLOCK:
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        if tag == "title":
            self.title = False
        if tag in BLOCK:
            self.out.append(" ")

    def handle_data(self, data):
        if self.skip:
            return
        if self.title or self.body:
            self.out.append(data)

    body = False

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)


class Page(Text):
    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.body = True
        super().handle_starttag(tag, attrs)


def visible(path):
    p = Page()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    p.close()
    return " ".join("".join(p.out).split())


def pages(root):
    out = set()
    for d, _, files in os.walk(root):
        for f in files:
            if f.endswith(".html"):
                out.add(os.path.relpath(os.path.join(d, f), root))
    return out


def main():
    a, b = sys.argv[1], sys.argv[2]
    pa, pb = pages(a), pages(b)
    if len(sys.argv) > 3:
        pb = {p for p in pb if not p.startswith(sys.argv[3])}
    missing, extra = sorted(pa - pb), sorted(pb - pa)
    if missing or extra:
        print(f"pagetext: {len(missing)} pages only in {a} (first: {missing[:3]}), "
              f"{len(extra)} only in {b} (first: {extra[:3]})")
        return 1
    for rel in sorted(pa):
        ta, tb = visible(os.path.join(a, rel)), visible(os.path.join(b, rel))
        if ta != tb:
            wa, wb = ta.split(" "), tb.split(" ")
            i = next((i for i, (x, y) in enumerate(zip(wa, wb)) if x != y), min(len(wa), len(wb)))
            lo = max(0, i - 8)
            print(f"pagetext: {rel}: visible text differs at word {i}:\n"
                  f"  {a}: …{' '.join(wa[lo:i + 12])}…\n  {b}: …{' '.join(wb[lo:i + 12])}…")
            return 1
    print(f"pagetext: {len(pa)} pages, the same visible text")
    return 0


if __name__ == "__main__":
    sys.exit(main())
