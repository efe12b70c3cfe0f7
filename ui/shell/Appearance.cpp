#include "Appearance.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>

#include <optional>

namespace counterpoint::ui::Appearance {

namespace {

const QString themeSetting = QStringLiteral("appearance/theme");
const QString textSizeSetting = QStringLiteral("appearance/textSize");

std::optional<QPalette> &systemPalette()
{
    static std::optional<QPalette> palette;
    return palette;
}

} // namespace

QString themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Theme savedTheme()
{
    const QString key = QSettings().value(themeSetting).toString();
    for (Theme theme : {Theme::Light, Theme::Dark}) {
        if (key == themeKey(theme))
            return theme;
    }
    return Theme::System;
}

void saveTheme(Theme theme)
{
    QSettings().setValue(themeSetting, themeKey(theme));
}

QPalette darkPalette()
{
    QPalette dark;
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x80, 0x80, 0x80);
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::white);
    dark.setColor(QPalette::Light, QColor(0x48, 0x48, 0x48));
    dark.setColor(QPalette::Midlight, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::Shadow, Qt::black);
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    dark.setColor(QPalette::LinkVisited, QColor(0xb4, 0x8c, 0xff));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, disabledText);
    return dark;
}

void applyTheme(Theme theme)
{
    if (!systemPalette())
        systemPalette() = QApplication::palette();
    switch (theme) {
    case Theme::System:
        QApplication::setPalette(*systemPalette());
        break;
    case Theme::Light:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Theme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
}

int savedTextSize()
{
    return QSettings().value(textSizeSetting, 0).toInt();
}

void saveTextSize(int points)
{
    QSettings().setValue(textSizeSetting, points);
}

QFont readerFont()
{
    QFont font = QApplication::font();
    if (const int points = savedTextSize(); points > 0)
        font.setPointSize(points);
    return font;
}

void applySaved()
{
    applyTheme(savedTheme());
}

} // namespace counterpoint::ui::Appearance
