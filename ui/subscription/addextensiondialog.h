#pragma once

#include "subscription/catalogue.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

// A new office extension (seed 004, Office Extensions & Phones): its number (2 to 6 digits), a name,
// and the device it rings (one of the catalogue's devices, or none yet). The engine checks it; a
// refusal shows here and the dialog asks again with what was typed.
class AddExtensionDialog final : public QDialog
{
    Q_OBJECT

public:
    AddExtensionDialog(const Catalogue &catalogue, QWidget *parent = nullptr);

    QString extension() const;
    QString name() const;
    QString deviceCode() const; // empty: no device
    void showError(const QString &message);

private:
    void updateOk();

    QLineEdit *m_extension;
    QLineEdit *m_name;
    QComboBox *m_device;
    QLabel *m_error;
    QPushButton *m_ok = nullptr;
};
