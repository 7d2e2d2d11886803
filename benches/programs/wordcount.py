"""Word, letter and bigram counting over generated text: string splitting
and joining, dict get/setdefault/in, sorting of dict items.

Text is built from a fixed syllable list with a linear congruential
generator, so every implementation sees the same words.

usage: wordcount.py [LINES]   lines of text (default 40000)
"""
import sys

SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'shi', 'po', 'an', 'el',
             'or', 'ud', 'ix', 'zo', 'be', 'qua']


class Rng(object):
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 69069 + 1) % 4294967296
        return (self.state >> 8) % n


def make_word(rng):
    parts = []
    for _ in range(1 + rng.below(3)):
        parts.append(SYLLABLES[rng.below(len(SYLLABLES))])
    return ''.join(parts)


def make_text(lines, rng):
    vocabulary = [make_word(rng) for _ in range(400)]
    out = []
    for _ in xrange(lines):
        words = []
        for _ in range(4 + rng.below(9)):
            # Squaring the draw skews frequencies towards the front.
            r = rng.below(400)
            words.append(vocabulary[r * r // 400])
        line = ' '.join(words)
        if rng.below(5) == 0:
            line = line.capitalize() + '.'
        out.append(line)
    return '\n'.join(out)


def count_words(text):
    counts = {}
    for line in text.split('\n'):
        for word in line.split():
            word = word.strip('.').lower()
            counts[word] = counts.get(word, 0) + 1
    return counts


def count_letters(text):
    counts = {}
    for ch in text:
        if ch.isalpha():
            if ch in counts:
                counts[ch] += 1
            else:
                counts[ch] = 1
    return counts


def count_bigrams(text):
    follows = {}
    for line in text.split('\n'):
        words = line.lower().replace('.', '').split()
        for i in range(len(words) - 1):
            nxt = follows.setdefault(words[i], {})
            nxt[words[i + 1]] = nxt.get(words[i + 1], 0) + 1
    return follows


def by_count(item):
    return (-item[1], item[0])


def main():
    lines = int(sys.argv[1]) if len(sys.argv) > 1 else 40000
    text = make_text(lines, Rng(2024))
    words = count_words(text)
    top = sorted(words.items(), key=by_count)[:8]
    print 'characters: %d  distinct words: %d  total words: %d' % (
        len(text), len(words), sum(words.values()))
    print 'top words: %s' % ', '.join(['%s=%d' % wc for wc in top])
    letters = count_letters(text)
    print 'letters: %s' % ''.join([k for k, _ in sorted(letters.items(), key=by_count)])
    follows = count_bigrams(text)
    first = top[0][0]
    after = sorted(follows[first].items(), key=by_count)[:3]
    pairs = sum([len(v) for v in follows.values()])
    print 'distinct bigrams: %d  after %r: %s' % (pairs, first, ' '.join([w for w, _ in after]))


main()
