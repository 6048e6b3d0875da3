#pragma once

#include "db/databaselocation.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// File → Connect to Server…: where a team's PostgreSQL server is, with a Test button that tries
// the connection without leaving the dialog. The password is kept only in memory.
class ConnectServerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectServerDialog(QWidget *parent = nullptr);

    void setLocation(const DatabaseLocation &location);
    DatabaseLocation location() const; // with the password typed

    // Tries to open the server and check its schema; shows the outcome in the dialog.
    bool testConnection();

private:
    void updateButtons();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_sslMode;
    QPushButton *m_testButton;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};
