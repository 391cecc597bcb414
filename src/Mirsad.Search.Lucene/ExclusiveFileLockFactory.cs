using Lucene.Net.Store;
using Lock = Lucene.Net.Store.Lock;

namespace Mirsad.Search.Lucene;

/// <summary>
/// Index locks that are exclusive across processes: the lock file is held open with
/// <see cref="FileShare.None"/>, which .NET turns into an exclusive <c>flock</c> on Linux and macOS and a
/// sharing lock on Windows, so a second process (or a second writer in this one) cannot obtain it, and
/// the operating system lets go when the holder exits, even by <c>kill -9</c>. The file itself is never
/// deleted: a lock that deleted its file on release would let the next process lock a fresh file while
/// a third still held the old one. Lucene.NET's default lock on Linux is shared between processes, which
/// let two writers into one index and corrupted it.
/// </summary>
internal sealed class ExclusiveFileLockFactory(string directory) : LockFactory
{
    // The lock prefix Lucene sets serves factories that keep many indexes' locks in one folder; this one
    // keeps each index's lock in its own directory.
    public override Lock MakeLock(string lockName) => new ExclusiveFileLock(Path.Combine(directory, lockName));

    // Clearing would delete the file under a live holder; a lock held by a dead process is already free.
    public override void ClearLock(string lockName)
    {
    }

    private sealed class ExclusiveFileLock(string path) : Lock
    {
        private FileStream? _held;

        public override bool Obtain()
        {
            if (_held is not null)
            {
                return false;
            }

            try
            {
                _held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
                return true;
            }
            catch (IOException e) when (IsHeldElsewhere(e))
            {
                FailureReason = e;
                return false;
            }
        }

        public override bool IsLocked()
        {
            if (_held is not null)
            {
                return true;
            }

            if (!Obtain())
            {
                return true;
            }

            Release();
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Release();
            }
        }

        private void Release()
        {
            _held?.Dispose();
            _held = null;
        }

        public override string ToString() => $"ExclusiveFileLock@{path}";

        // Only "someone holds it" means the lock is taken; a read-only or full disk is an error of its own.
        // On Unix the HResult is the errno of flock (EWOULDBLOCK: 11 on Linux, 35 on macOS).
        private static bool IsHeldElsewhere(IOException e) =>
            OperatingSystem.IsWindows()
                ? e.HResult is unchecked((int)0x80070020) or unchecked((int)0x80070021)
                : e.HResult == (OperatingSystem.IsMacOS() ? 35 : 11);
    }
}
