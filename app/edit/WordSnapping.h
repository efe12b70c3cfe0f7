#pragma once

#include <QString>

namespace counterpoint {

struct TextRange
{
    int start = 0;
    int end = 0;
    bool isEmpty() const { return end <= start; }
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

// A selection made with the mouse rarely starts and ends exactly on word boundaries. Widens it
// to whole words and trims the spaces and line breaks at either end, so that "laims that Nv"
// becomes "claims that Nvidia". Punctuation selected on purpose is kept.
TextRange snapToWords(const QString &text, TextRange selection);

} // namespace counterpoint
