using Mirsad.Storage.Contract;

namespace Mirsad.Storage.Postgres.Tests;

// The store contract (tests/Mirsad.Storage.Contract) run against PostgreSQL.
public sealed class PostgresArticleStoreContractTests() : ArticleStoreContract(new PostgresBackend());

public sealed class PostgresKeywordStoreContractTests() : KeywordStoreContract(new PostgresBackend());

public sealed class PostgresSourceStoreContractTests() : SourceStoreContract(new PostgresBackend());

public sealed class PostgresMonitoredItemStoreContractTests() : MonitoredItemStoreContract(new PostgresBackend());

public sealed class PostgresRevisionStoreContractTests() : RevisionStoreContract(new PostgresBackend());

public sealed class PostgresAccountStoreContractTests() : AccountStoreContract(new PostgresBackend());

public sealed class PostgresStoreRegistrationContractTests() : StoreRegistrationContract(new PostgresBackend());
