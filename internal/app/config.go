package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/charmory/charmory/internal/db"
)

// Config is the whole configuration of a Charmory process. Defaults live in
// DefaultConfig; CHARMORY_* environment variables override them and
// command-line flags override both.
type Config struct {
	Addr         string        // listen address
	DataDir      string        // holds the SQLite database and uploads
	DatabaseURL  string        // postgres://… ; empty: SQLite in DataDir
	NoDemo       bool          // do not load demo data on first start
	DemoSeed     int64         // seed of the generated demo data set
	LogLevel     string        // debug, info, warn, error
	LogFormat    string        // json or text
	SecretKey    string        // server secret; redacted when printed
	MaxBodyBytes int64         // request body limit
	UploadBytes  int64         // body limit of uploads: photos, import files
	ShutdownWait time.Duration // graceful shutdown budget
	SecureCookie bool          // set the Secure flag on cookies (behind HTTPS)
	JobWorkers   int           // jobs run at once by this process
}

// DefaultConfig returns the defaults.
func DefaultConfig() Config {
	return Config{
		Addr:         "localhost:8080",
		DataDir:      "charmory-data",
		DemoSeed:     20260,
		LogLevel:     "info",
		LogFormat:    "json",
		MaxBodyBytes: 1 << 20,
		UploadBytes:  64 << 20,
		ShutdownWait: 10 * time.Second,
		JobWorkers:   2,
	}
}

// FromEnv applies CHARMORY_* environment overrides to c.
func (c *Config) FromEnv() error {
	str := func(name string, dst *string) {
		if v, ok := os.LookupEnv(name); ok {
			*dst = v
		}
	}
	str("CHARMORY_ADDR", &c.Addr)
	str("CHARMORY_DATA", &c.DataDir)
	str("CHARMORY_DATABASE_URL", &c.DatabaseURL)
	str("CHARMORY_LOG_LEVEL", &c.LogLevel)
	str("CHARMORY_LOG_FORMAT", &c.LogFormat)
	str("CHARMORY_SECRET_KEY", &c.SecretKey)
	if v, ok := os.LookupEnv("CHARMORY_NO_DEMO"); ok {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return fmt.Errorf("CHARMORY_NO_DEMO: %w", err)
		}
		c.NoDemo = b
	}
	if v, ok := os.LookupEnv("CHARMORY_SECURE_COOKIE"); ok {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return fmt.Errorf("CHARMORY_SECURE_COOKIE: %w", err)
		}
		c.SecureCookie = b
	}
	if v, ok := os.LookupEnv("CHARMORY_MAX_BODY_BYTES"); ok {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n <= 0 {
			return fmt.Errorf("CHARMORY_MAX_BODY_BYTES: %q is not a positive number", v)
		}
		c.MaxBodyBytes = n
	}
	if v, ok := os.LookupEnv("CHARMORY_UPLOAD_MAX_BYTES"); ok {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n <= 0 {
			return fmt.Errorf("CHARMORY_UPLOAD_MAX_BYTES: %q is not a positive number", v)
		}
		c.UploadBytes = n
	}
	if v, ok := os.LookupEnv("CHARMORY_JOB_WORKERS"); ok {
		n, err := strconv.Atoi(v)
		if err != nil || n <= 0 {
			return fmt.Errorf("CHARMORY_JOB_WORKERS: %q is not a positive number", v)
		}
		c.JobWorkers = n
	}
	return nil
}

// DatabaseTarget returns what to open: the PostgreSQL URL, or the SQLite
// file in the data directory.
func (c Config) DatabaseTarget() string {
	if c.DatabaseURL != "" {
		return c.DatabaseURL
	}
	return filepath.Join(c.DataDir, "charmory.db")
}

// String prints the configuration with secrets redacted.
func (c Config) String() string {
	secret := ""
	if c.SecretKey != "" {
		secret = "(set)"
	}
	return fmt.Sprintf("addr=%s data=%s database=%s no_demo=%t demo_seed=%d log=%s/%s secret=%s max_body=%d upload_max=%d job_workers=%d",
		c.Addr, c.DataDir, db.Redact(c.DatabaseTarget()), c.NoDemo, c.DemoSeed, c.LogLevel, c.LogFormat, secret, c.MaxBodyBytes, c.UploadBytes, c.JobWorkers)
}
