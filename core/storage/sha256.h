// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// SHA-256 through OpenSSL's libcrypto (issue 23): the same digests as QCryptographicHash, which
// hashes in portable C (about 200 MB/s on the development machine) where libcrypto uses the
// processor's SHA extensions (about 1,600 MB/s). Used where every row of a fund is hashed: the
// audit chain, the rows tied to it (core/storage/rowtrack.cpp) and the receipts import's digest.

#include <QByteArray>
#include <QByteArrayView>

struct evp_md_ctx_st;

namespace imdp::core {

class Sha256
{
    Q_DISABLE_COPY_MOVE(Sha256)
public:
    Sha256();
    ~Sha256();
    /// Starts a new digest (what was added is forgotten).
    void reset();
    void addData(QByteArrayView data);
    /// The 32 bytes of the digest of everything added since the last reset; the same bytes on
    /// every call until the next reset() or addData() (which, after a result, starts a new
    /// digest: unlike QCryptographicHash, a digest does not go on past its result).
    QByteArrayView resultView();
    QByteArray result() { return resultView().toByteArray(); }
    /// The digest of `data` in one call.
    static QByteArray hash(QByteArrayView data);

private:
    evp_md_ctx_st *m_ctx = nullptr;
    unsigned char m_result[32] = {};
    bool m_final = false;
};

} // namespace imdp::core
