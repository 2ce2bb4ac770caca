import { Inject, Injectable, Logger } from '@nestjs/common';
import { FallbackGeocoder, GazetteerGeocoder, HttpGeocoder, type AddressQuery, type Geocoder, type GeoPoint } from '@lotse/matching';
import { APP_CONFIG, type AppConfig } from '@lotse/server/core';

/**
 * The geocoder matching instances are built with, chosen by `GEOCODER`: the built-in gazetteer
 * (default), or a self-hosted Nominatim/Photon at `GEOCODER_URL` with the gazetteer behind it —
 * an address the server does not know, or every address while it times out
 * (`GEOCODER_TIMEOUT_MS`) or fails, is placed by the gazetteer (then paused for a minute, one
 * warning per failure). An address neither knows leaves its request or childminder out of the
 * instance with a stated reason, as before.
 */
@Injectable()
export class MatchingGeocoder implements Geocoder {
  private readonly logger = new Logger(MatchingGeocoder.name);
  readonly geocoder: Geocoder;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'GEOCODER' | 'GEOCODER_URL' | 'GEOCODER_TIMEOUT_MS'>) {
    const gazetteer = new GazetteerGeocoder();
    if (config.GEOCODER === 'gazetteer' || !config.GEOCODER_URL) {
      this.geocoder = gazetteer;
      return;
    }
    const http = new HttpGeocoder(config.GEOCODER_URL, config.GEOCODER, undefined, config.GEOCODER_TIMEOUT_MS);
    this.geocoder = new FallbackGeocoder(http, gazetteer, (e) =>
      this.logger.warn(
        `geocoder ${config.GEOCODER} unavailable, using the built-in gazetteer for a minute: ${e instanceof Error ? e.message : String(e)}`,
      ),
    );
  }

  geocode(query: AddressQuery): Promise<GeoPoint | null> {
    return this.geocoder.geocode(query);
  }
}
