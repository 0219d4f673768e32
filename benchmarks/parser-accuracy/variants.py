"""Writes meaning-preserving variants of every accuracy set's documents, for benchmarks/parser-accuracy/variants.

Each variant changes only how a retro is written, never what it says, so its parse must score as the original does:
  reflow           prose paragraphs re-wrapped at 48 columns (a sentence then runs across lines); paragraphs of
                   field lines or dialogue ("Date: …", "Søren: …") are one line per field by meaning and stay
  heading-lower    heading words in lower case ("## what went well"); ids, codes and acronyms kept
  heading-upper    heading words in upper case ("## WHAT WENT WELL"); ids and codes kept
  heading-deeper   every heading below the title one level deeper (## → ###)
  heading-numbered second-level headings numbered ("## 3. Action Items")
  heading-emoji    an emoji in front of each second-level heading (damaged documents are left as they are: there
                   the emoji would be the only undamaged text, which no real upload has)
  field-emoji      an emoji in front of each bold field key that opens a line or list entry ("- 👤 **Owner:** Dana",
                   "🟠 **Priority:** High"); damaged documents are left as they are, for the same reason
  crlf             Windows line endings
Usage: python3 variants.py <output folder> <set folder>...   (writes <output>/<variant>/<set name>/documents/*.md)
"""
import os
import re
import sys

FENCE = re.compile(r'^\s*(```|~~~)')
HEADING = re.compile(r'^(#{1,6})(\s+)(.*)$')
BLOCK_START = re.compile(r'^\s*([-*+>|#]|\d+[.)]\s|```|~~~|<)')
# Damage left by a wrong decode: a damaged document keeps its text as it arrived.
DAMAGED = re.compile(r'Ã|Â|â€|ðŸ|√|‚Ä|Ä')
EMOJI = ['📌', '🧭', '🗂️', '🔎', '🧩', '🛠️', '📝', '🚦']
# "**Owner:** Dana" opening a line, after any list marker or checkbox: a bold key ending in a colon.
FIELD_KEY = re.compile(r'^(\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\[[ xX]\]\s+)?)(\*\*[^*\n]{1,40}?:\*\*|\*\*[^*\n]{1,40}?\*\*:)')


def blocks_of(lines):
    """Yields (kind, lines): 'front' (YAML front matter), 'fence', 'para' (plain paragraph lines) or 'other'."""
    i = 0
    if lines and lines[0].strip() == '---':
        end = next((j for j in range(1, len(lines)) if lines[j].strip() == '---'), None)
        if end is not None:
            yield 'front', lines[:end + 1]
            i = end + 1
    while i < len(lines):
        line = lines[i]
        if FENCE.match(line):
            j = i + 1
            while j < len(lines) and not FENCE.match(lines[j]):
                j += 1
            yield 'fence', lines[i:j + 1]
            i = j + 1
        elif line.strip() == '' or BLOCK_START.match(line) or line.startswith('    ') or line.startswith('\t'):
            yield 'other', [line]
            i += 1
        else:
            j = i
            while (j < len(lines) and lines[j].strip() != '' and not BLOCK_START.match(lines[j])
                   and not FENCE.match(lines[j]) and not lines[j].startswith('    ')):
                j += 1
            para = lines[i:j]
            # A line ending in two spaces or a backslash is a hard break, and "---" under text a heading: keep such
            # paragraphs as they are.
            hard = any(l.endswith('  ') or l.endswith('\\') for l in para)
            setext = j < len(lines) and re.match(r'^\s*(=+|-+)\s*$', lines[j] or '')
            yield ('other' if hard or setext else 'para'), para
            i = j


# "**Facilitator:** Bob", "Date: 2026-11-13", "Søren: Agreed.": a line that is a field or a speaker's turn is one
# line by meaning, so a paragraph holding one is not prose to re-wrap.
FIELD_LINE = re.compile(r'^\s*(\*\*|__|\*|_)?[^\W\d_][^:*_|]{0,60}?(\*\*|__|\*|_)?\s*:(\*\*|__)?(\s|$)')


def reflow(lines, width=48):
    out = []
    for kind, block in blocks_of(lines):
        # "Facilitated by Bob⏎Held on 2 April 2026": a break with no punctuation before it and a capital after it
        # separates two statements, which joined would read as one.
        statements = any(a.strip()[-1:].isalnum() and b.strip()[:1].isupper() for a, b in zip(block, block[1:]))
        if kind != 'para' or statements or any(FIELD_LINE.match(l) for l in block):
            out.extend(block)
            continue
        words = ' '.join(l.strip() for l in block).split(' ')
        line = ''
        for word in words:
            # Never start a line with what would open a list, heading, quote or table.
            starts_block = bool(BLOCK_START.match(word + ' '))
            if line and len(line) + 1 + len(word) > width and not starts_block:
                out.append(line)
                line = word
            else:
                line = word if not line else line + ' ' + word
        if line:
            out.append(line)
    return out


def map_headings(lines, change):
    out = []
    for kind, block in blocks_of(lines):
        if kind in ('front', 'fence'):
            out.extend(block)
            continue
        for line in block:
            m = HEADING.match(line)
            out.append(change(len(m.group(1)), m.group(2), m.group(3)) if m else line)
    return out


LETTER_WORD = re.compile(r'(?<![\w-])[^\W\d_]+(?![\w-])')
# In a damaged document the letters of a wrong decode ("Ã©", "ðŸ") are not the writer's: case those and the repair
# would no longer see the damage, which no real upload does. There only ASCII words change case.
ASCII_WORD = re.compile(r'(?<![\w-])[A-Za-z]+(?![\w-])')


def recase(text, upper, damaged=False):
    def word(m):
        w = m.group(0)
        if w.isupper():
            return w  # an acronym, a code or a unit ("°C") stays as written
        return w.upper() if upper else w.lower()
    # Words of letters only; anything holding a digit, hyphenated code or id ("TD-WIN-01", "P0", "E12") is kept.
    return (ASCII_WORD if damaged else LETTER_WORD).sub(word, text)


def variants(text, name):
    lines = text.split('\n')
    damaged = bool(DAMAGED.search(text))
    numbered = {'n': 0}

    def number(level, space, title):
        if level != 2 or re.match(r'^\d+[.)]?\s', title):
            return '#' * level + space + title
        numbered['n'] += 1
        return '#' * level + space + f"{numbered['n']}. " + title

    def emoji(level, space, title):
        if level != 2:
            return '#' * level + space + title
        return '#' * level + space + EMOJI[(len(title) + level) % len(EMOJI)] + ' ' + title

    yield 'reflow', '\n'.join(reflow(lines))
    yield 'heading-lower', '\n'.join(map_headings(lines, lambda l, s, t: '#' * l + s + recase(t, False, damaged)))
    yield 'heading-upper', '\n'.join(map_headings(lines, lambda l, s, t: '#' * l + s + recase(t, True, damaged)))
    yield 'heading-deeper', '\n'.join(map_headings(lines, lambda l, s, t: '#' * (l if l == 1 else min(6, l + 1)) + s + t))
    yield 'heading-numbered', '\n'.join(map_headings(lines, number))
    yield 'heading-emoji', text if damaged else '\n'.join(map_headings(lines, emoji))
    yield 'field-emoji', text if damaged else '\n'.join(field_emoji(lines))
    yield 'crlf', text.replace('\n', '\r\n')


def field_emoji(lines):
    out = []
    for kind, block in blocks_of(lines):
        if kind in ('front', 'fence'):
            out.extend(block)
            continue
        for line in block:
            m = FIELD_KEY.match(line)
            out.append(line if not m else m.group(1) + EMOJI[len(m.group(2)) % len(EMOJI)] + ' ' + line[m.end(1):])
    return out


def main():
    out = sys.argv[1]
    for set_dir in sys.argv[2:]:
        set_name = os.path.basename(os.path.normpath(set_dir))
        docs = os.path.join(set_dir, 'documents')
        for name in sorted(os.listdir(docs)):
            if not name.endswith('.md'):
                continue
            text = open(os.path.join(docs, name), encoding='utf-8', newline='').read()
            for variant, changed in variants(text, name):
                target = os.path.join(out, variant, set_name, 'documents')
                os.makedirs(target, exist_ok=True)
                with open(os.path.join(target, name), 'w', encoding='utf-8', newline='') as f:
                    f.write(changed)


if __name__ == '__main__':
    main()
