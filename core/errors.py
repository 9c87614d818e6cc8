"""Domain exceptions that services raise and the API maps to JSON errors."""


class DomainError(Exception):
    status_code = 400
    code = "invalid"

    def __init__(self, message: str, *, field: str | None = None, code: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field
        if code:
            self.code = code


class NotFoundError(DomainError):
    status_code = 404
    code = "not_found"


class DomainValidationError(DomainError):
    status_code = 400
    code = "invalid"


class ConflictError(DomainError):
    status_code = 409
    code = "conflict"
