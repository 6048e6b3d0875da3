#pragma once

#include <QWidget>

class QLabel;

// A tab that has not been built yet: says plainly what it will hold, so nobody mistakes it for a
// broken screen. Texts are given untranslated (QT_TR_NOOP) and translated on every language change.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const char *title, const char *description, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const char *m_title;
    const char *m_description;
    QLabel *m_titleLabel;
    QLabel *m_descriptionLabel;
};
