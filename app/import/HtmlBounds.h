#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace counterpoint {

// Qt's HTML importer (QTextDocument::setHtml) takes time that grows with the square of three
// things: how deep elements nest (40,000 nested <div>s took two minutes), how many items one list
// holds (10,000 took four seconds) and how many images one paragraph holds. HtmlBounds rewrites
// an HTML source that goes beyond a bound on any of the three so that it stays within them,
// keeping its text and, as far as it can, its paragraphs:
// - elements nested deeper than the bound lose their tags; the text of each block-level one
//   among them becomes a paragraph of its own, as it was;
// - a longer list is split into consecutive lists (an <ol> goes on counting where it stopped),
//   and in a long list an item left open is closed before the next;
// - images in one paragraph past the bound become a no-break space, which the canonical text
//   holds for an image anyway.
// It reads the source in one pass, in time proportional to its length, and models nesting the
// way Qt does (an end tag closes up to the matching open element; only br, hr, img, meta and
// <x/> are empty), counting every element as open until its end tag: a source within the bounds
// by this count is within them for Qt too, and is left exactly as it is. (libxml2's HTML parser
// was tried for this and is itself quadratic in depth on end tags that match nothing.)
namespace HtmlBounds {

struct Limits
{
    int depth = 128;          // elements open at once
    int listItems = 50;       // items of one list
    int imagesPerBlock = 200; // images between two block-level tags
};

// The source rewritten within the limits, or nothing when it is within them already and goes to
// Qt as it is.
std::optional<QString> bounded(QStringView html, const Limits &limits = {});

} // namespace HtmlBounds

} // namespace counterpoint
