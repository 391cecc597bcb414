using Mirsad.Storage.Contract;

namespace Mirsad.Storage.Sqlite.Tests;

// The store contract (tests/Mirsad.Storage.Contract) run against SQLite.
public sealed class SqliteArticleStoreContractTests() : ArticleStoreContract(new SqliteBackend());

public sealed class SqliteKeywordStoreContractTests() : KeywordStoreContract(new SqliteBackend());

public sealed class SqliteSourceStoreContractTests() : SourceStoreContract(new SqliteBackend());

public sealed class SqliteMonitoredItemStoreContractTests() : MonitoredItemStoreContract(new SqliteBackend());

public sealed class SqliteRevisionStoreContractTests() : RevisionStoreContract(new SqliteBackend());

public sealed class SqliteAccountStoreContractTests() : AccountStoreContract(new SqliteBackend());

public sealed class SqliteStoreRegistrationContractTests() : StoreRegistrationContract(new SqliteBackend());
