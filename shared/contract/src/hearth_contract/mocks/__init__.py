"""respx mocks of Hearth's services for consumers' tests (install ``hearth-contract[mock]``).

Import the service's module, e.g. ``from hearth_contract.mocks.referrals import
register_mock_referrals``; this package itself imports nothing, so the contract
stays usable without respx.
"""

__all__: list[str] = []
