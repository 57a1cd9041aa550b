// Package errs defines the closed set of error kinds Charmory uses and maps
// them to HTTP status codes in one place.
package errs

import (
	"errors"
	"fmt"
	"net/http"
)

// Kind classifies an error. The set is closed: every error that leaves a
// capability package is one of these kinds (or Internal by default).
type Kind int

// The error kinds.
const (
	Internal Kind = iota
	Invalid
	Unauthorized
	Forbidden
	NotFound
	Conflict
	TooLarge
	RateLimited
)

var kindNames = map[Kind]string{
	Internal:     "internal",
	Invalid:      "invalid",
	Unauthorized: "unauthorized",
	Forbidden:    "forbidden",
	NotFound:     "not found",
	Conflict:     "conflict",
	TooLarge:     "too large",
	RateLimited:  "rate limited",
}

func (k Kind) String() string { return kindNames[k] }

// FieldError names one invalid field of an input and what is wrong with it.
type FieldError struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

// Error is an error of a known kind, with the operation that failed, a
// message safe to show a user, field details and an optional cause.
type Error struct {
	Kind   Kind
	Op     string
	Msg    string
	Fields []FieldError
	Err    error
}

func (e *Error) Error() string {
	s := e.Op
	if e.Msg != "" {
		s += ": " + e.Msg
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

func (e *Error) Unwrap() error { return e.Err }

// E builds an error of the given kind with a user-facing message.
func E(op string, kind Kind, msg string) error {
	return &Error{Op: op, Kind: kind, Msg: msg}
}

// Ef is E with formatting.
func Ef(op string, kind Kind, format string, args ...any) error {
	return &Error{Op: op, Kind: kind, Msg: fmt.Sprintf(format, args...)}
}

// Fields builds an Invalid error listing the invalid fields.
func Fields(op string, fields ...FieldError) error {
	return &Error{Op: op, Kind: Invalid, Msg: "some fields are invalid", Fields: fields}
}

// Wrap adds the operation name to err, keeping its kind. A nil err stays nil.
func Wrap(op string, err error) error {
	if err == nil {
		return nil
	}
	return &Error{Op: op, Kind: KindOf(err), Err: err}
}

// KindOf reports the kind of err: the outermost *Error with a kind other
// than Internal, or Internal.
func KindOf(err error) Kind {
	for err != nil {
		var e *Error
		if !errors.As(err, &e) {
			return Internal
		}
		if e.Kind != Internal {
			return e.Kind
		}
		err = e.Err
	}
	return Internal
}

// Message returns the user-facing message of err, or a generic text for
// internal errors so that nothing about the server leaks.
func Message(err error) string {
	if KindOf(err) == Internal {
		return "internal error"
	}
	for err != nil {
		var e *Error
		if !errors.As(err, &e) {
			break
		}
		if e.Msg != "" {
			return e.Msg
		}
		err = e.Err
	}
	return KindOf(err).String()
}

// FieldsOf returns the field errors carried by err, if any.
func FieldsOf(err error) []FieldError {
	for err != nil {
		var e *Error
		if !errors.As(err, &e) {
			return nil
		}
		if len(e.Fields) > 0 {
			return e.Fields
		}
		err = e.Err
	}
	return nil
}

// Is reports whether err is of kind k.
func Is(err error, k Kind) bool { return err != nil && KindOf(err) == k }

// HTTPStatus maps a kind to its HTTP status code.
func HTTPStatus(k Kind) int {
	switch k {
	case Invalid:
		return http.StatusUnprocessableEntity
	case Unauthorized:
		return http.StatusUnauthorized
	case Forbidden:
		return http.StatusForbidden
	case NotFound:
		return http.StatusNotFound
	case Conflict:
		return http.StatusConflict
	case TooLarge:
		return http.StatusRequestEntityTooLarge
	case RateLimited:
		return http.StatusTooManyRequests
	default:
		return http.StatusInternalServerError
	}
}
