// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/storage/sha256.h"

#include <openssl/evp.h>

#include <cstdlib>

namespace imdp::core {

namespace {

/// OpenSSL's SHA-256, fetched once per process (a fetch per digest costs more than a short row).
const EVP_MD *sha256()
{
    static EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

/// libcrypto failing to hash (no memory, no provider) leaves nothing sound to do: a digest that
/// silently differed would be read as tampering, or hide it.
void require(int ok)
{
    if (ok != 1)
        std::abort();
}

} // namespace

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    if (!m_ctx || !sha256())
        std::abort();
    reset();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
}

void Sha256::reset()
{
    require(EVP_DigestInit_ex(m_ctx, sha256(), nullptr));
    m_final = false;
}

void Sha256::addData(QByteArrayView data)
{
    if (m_final)
        reset(); // unlike QCryptographicHash, adding after a result starts a new digest
    require(EVP_DigestUpdate(m_ctx, data.data(), size_t(data.size())));
}

QByteArrayView Sha256::resultView()
{
    if (!m_final) {
        unsigned int n = 0;
        require(EVP_DigestFinal_ex(m_ctx, m_result, &n));
        m_final = true;
    }
    return QByteArrayView(reinterpret_cast<const char *>(m_result), 32);
}

QByteArray Sha256::hash(QByteArrayView data)
{
    unsigned char out[32];
    unsigned int n = 0;
    require(EVP_Digest(data.data(), size_t(data.size()), out, &n, sha256(), nullptr));
    return QByteArray(reinterpret_cast<const char *>(out), 32);
}

} // namespace imdp::core
